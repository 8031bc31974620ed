package cymru.atebol.neo4j;

import org.neo4j.driver.NotificationSeverity;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j for no notifications with query results. Neo4j otherwise sends, with every
 * result, a warning for each property key its statement names that no node or
 * relationship has yet (say {@code notBefore} in a graph without such dates): thirteen
 * with every accountability chain on the benchmark's graph. Nothing in the service reads
 * them, yet the database builds them and the driver decoded them on its I/O thread for
 * every query, about a tenth of the service's CPU per chain. Query errors are not
 * notifications and reach the service as before.
 */
@Configuration(proxyBeanMethods = false)
class NoQueryNotifications {

	@Bean
	ConfigBuilderCustomizer driverWithoutNotifications() {
		return (builder) -> builder.withMinimumNotificationSeverity(NotificationSeverity.OFF);
	}

}
