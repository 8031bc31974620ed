package cymru.atebol.neo4j;

import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's logging, with DEBUG and TRACE decided once per logger at start-up
 * instead of for every message: the driver asks the logging system about them for every
 * Bolt message it sends or receives (a few per cent of the service's CPU per request in
 * the benchmark's profile). INFO and above are logged as before; to see the driver's Bolt
 * messages, set {@code logging.level.org.neo4j.driver=debug} before start-up.
 */
@Configuration(proxyBeanMethods = false)
class QuietDriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLoggingWithoutDebug() {
		Logging slf4j = Logging.slf4j();
		return (builder) -> builder.withLogging((name) -> {
			Logger logger = slf4j.getLog(name);
			return logger.isDebugEnabled() ? logger : new InfoAndAbove(logger);
		});
	}

	/** A logger that drops DEBUG and TRACE without asking. */
	private record InfoAndAbove(Logger delegate) implements Logger {

		@Override
		public void error(String message, Throwable cause) {
			this.delegate.error(message, cause);
		}

		@Override
		public void info(String message, Object... params) {
			this.delegate.info(message, params);
		}

		@Override
		public void warn(String message, Object... params) {
			this.delegate.warn(message, params);
		}

		@Override
		public void warn(String message, Throwable cause) {
			this.delegate.warn(message, cause);
		}

		@Override
		public void debug(String message, Object... params) {
		}

		@Override
		public void debug(String message, Throwable throwable) {
		}

		@Override
		public void trace(String message, Object... params) {
		}

		@Override
		public boolean isTraceEnabled() {
			return false;
		}

		@Override
		public boolean isDebugEnabled() {
			return false;
		}

	}

}
