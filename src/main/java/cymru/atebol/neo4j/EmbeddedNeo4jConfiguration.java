package cymru.atebol.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j when no URI is configured and points Spring Boot's driver at
 * its Bolt port; with a URI, none of this exists and Boot's own driver configuration
 * applies unchanged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoNeo4jUriConfigured.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4j.start(properties);
	}

	/**
	 * The driver depends on this bean, so Spring closes the driver before the database.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
