package cymru.atebol.neo4j;

import java.time.Duration;

import cymru.atebol.system.Durations;
import cymru.atebol.system.StartupRefusedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.SecurityException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Holds start-up until Neo4j answers, retrying with backoff for
 * {@code atebol.startup.neo4j-wait} (a database started alongside the service may take a
 * while), then stops the service with a message naming the URI and what to check. It runs
 * as soon as the driver exists, before the schema migrations or anything else use it.
 * Rejected credentials or TLS stop it at once: waiting would not change them. Either way
 * the driver is closed first, so the process ends.
 */
@Component
final class Neo4jStartupWait implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(Neo4jStartupWait.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private final Environment environment;

	Neo4jStartupWait(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			String uri = this.environment.getProperty(NoNeo4jUriConfigured.URI_PROPERTY);
			Duration wait = Binder.get(this.environment)
				.bind("atebol.startup.neo4j-wait", Duration.class)
				.orElse(Duration.ofSeconds(30));
			try {
				waitFor(driver, StringUtils.hasText(uri) ? uri : "the embedded database", wait);
			}
			catch (RuntimeException ex) {
				// Spring closes only the beans it finished creating: the driver's threads
				// would otherwise keep the process alive after the start-up failed
				driver.close();
				throw ex;
			}
		}
		return bean;
	}

	static void waitFor(Driver driver, String uri, Duration wait) {
		long started = System.nanoTime();
		long deadline = started + wait.toNanos();
		Duration backoff = Duration.ofMillis(250);
		for (int attempt = 1;; attempt++) {
			try {
				driver.verifyConnectivity();
				if (attempt > 1) {
					logger.info("Neo4j at %s answered after %d ms (%d attempts)".formatted(uri,
							(System.nanoTime() - started) / 1_000_000, attempt));
				}
				return;
			}
			catch (SecurityException ex) {
				throw new StartupRefusedException(
						"Neo4j at %s refused to let this service in: %s".formatted(uri, ex.getMessage()),
						"Check the credentials, spring.neo4j.authentication.username and .password (NEO4J_USERNAME, "
								+ "NEO4J_PASSWORD), and for TLS the URI scheme (neo4j+s:// for Aura) and "
								+ "spring.neo4j.security.*.",
						ex);
			}
			catch (RuntimeException ex) {
				if (System.nanoTime() + backoff.toNanos() > deadline) {
					throw new StartupRefusedException(
							"Neo4j at %s could not be reached within %s (%d attempts): %s".formatted(uri,
									Durations.print(wait), attempt, ex.getMessage()),
							"Check that the server is running and reachable from here (host, port, firewall), that "
									+ "spring.neo4j.uri (NEO4J_URI) is right (neo4j:// or bolt://, neo4j+s:// for Aura), "
									+ "and the credentials in spring.neo4j.authentication.* (NEO4J_USERNAME, "
									+ "NEO4J_PASSWORD). Set atebol.startup.neo4j-wait to wait longer, or leave "
									+ "spring.neo4j.uri empty to use the embedded database.",
							ex);
				}
				logger.warn("Neo4j at %s is not reachable yet (%s); trying again in %d ms".formatted(uri,
						ex.getMessage(), backoff.toMillis()));
				sleep(backoff);
				backoff = (backoff.compareTo(MAX_BACKOFF.dividedBy(2)) < 0) ? backoff.multipliedBy(2) : MAX_BACKOFF;
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Neo4j", ex);
		}
	}

}
