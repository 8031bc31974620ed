package cymru.atebol.operations;

import java.time.Duration;
import java.util.List;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.seed.SeedProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness ({@code /actuator/health/readiness}): Neo4j answers, the seed is loaded, and
 * an edit's write path answers in time. The warm-up runs once the HTTP port is open
 * (reads are answered meanwhile) and before the service reports itself ready: Spring Boot
 * switches readiness to ACCEPTING_TRAFFIC only after every runner has finished.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessConfiguration {

	@Bean
	WritePath writePath(Graph graph,
			@Value("${atebol.readiness.warm-up-packages:cymru.atebol.editing,cymru.atebol.version}") List<String> packages) {
		return new WritePath(graph, packages);
	}

	/**
	 * On by default; the tests turn it off (their statements are planned as they run)
	 * except where they test it.
	 */
	/** In the service only (not in a one-off command such as a backup). */
	@Bean
	@ConditionalOnWebApplication
	ApplicationRunner writePathWarmUp(WritePath writePath, @Value("${atebol.readiness.warm-up:true}") boolean warmUp) {
		return (arguments) -> {
			if (warmUp) {
				writePath.warmUp();
			}
		};
	}

	@Bean
	WritePathHealthIndicator writePathHealthIndicator(WritePath writePath,
			@Value("${atebol.readiness.write-timeout:5s}") Duration timeout) {
		return new WritePathHealthIndicator(writePath, timeout);
	}

	@Bean
	SeedHealthIndicator seedHealthIndicator(Graph graph, SeedProperties seed) {
		return new SeedHealthIndicator(graph, seed.loadOnStartup());
	}

}
