package cymru.atebol.neo4j;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cymru.atebol.system.StartupRefusedException;

/**
 * How many threads do the Neo4j driver's network I/O (sending statements, reading and
 * decoding results): {@code atebol.neo4j.io-threads}, by default one per four cores and
 * at least one, where the driver's own default is two per core. Every statement hands its
 * messages to one of these threads and is handed its records back, so with more threads
 * than the work needs each of them wakes up, polls and sleeps for a statement or two at a
 * time; on the benchmark's two cores one thread took 5-14 % less of the service's CPU per
 * request than four and answered up to 10 % more requests per second (docs/caching.md). A
 * service on a larger machine serving thousands of requests a second gets more.
 */
@Configuration(proxyBeanMethods = false)
class DriverIoThreads {

	@Bean
	ConfigBuilderCustomizer driverWithIoThreads(@Value("${atebol.neo4j.io-threads:0}") int configured) {
		if (configured < 0) {
			throw new StartupRefusedException(
					"atebol.neo4j.io-threads is " + configured + ": a number of threads cannot be negative.",
					"Set it to 0 (one per four cores, at least one) or to the number of threads the driver should use.");
		}
		int threads = (configured > 0) ? configured : forCores(Runtime.getRuntime().availableProcessors());
		return (builder) -> builder.withEventLoopThreads(threads);
	}

	/** The default: one thread per four cores, at least one. */
	static int forCores(int cores) {
		return Math.max(1, cores / 4);
	}

}
