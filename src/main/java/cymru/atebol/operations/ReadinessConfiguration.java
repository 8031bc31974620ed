package cymru.atebol.operations;

import java.time.Duration;
import java.util.List;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.seed.SeedProperties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ConfigurableApplicationContext;
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

	private static final Log logger = LogFactory.getLog(ReadinessConfiguration.class);

	@Bean
	WritePath writePath(Graph graph,
			@Value("${atebol.readiness.warm-up-packages:cymru.atebol.editing,cymru.atebol.version}") List<String> packages) {
		return new WritePath(graph, packages);
	}

	/**
	 * In the service only (not in a one-off command such as a backup). On by default; the
	 * tests turn it off (their statements are planned as they run) except where they test
	 * it. A stop asked for while it runs (SIGTERM) ends it quietly: the shutdown closes
	 * the driver under it, and that is not a failed start.
	 */
	@Bean
	@ConditionalOnWebApplication
	ApplicationRunner writePathWarmUp(WritePath writePath, ConfigurableApplicationContext context,
			@Value("${atebol.readiness.warm-up:true}") boolean warmUp) {
		return (arguments) -> {
			if (!warmUp) {
				return;
			}
			try {
				writePath.warmUp();
			}
			catch (RuntimeException ex) {
				if (!context.isClosed()) {
					throw ex;
				}
				logger.info("Write path warm-up stopped: the service is shutting down");
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
