package cymru.atebol.operations;

import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The service's own metrics beside Spring Boot's (HTTP, JVM, process, GraphQL requests):
 * edits, limit refusals, Caffeine caches and the Neo4j driver's connection pool; all on
 * {@code /actuator/prometheus} (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	/** Before authorisation (0) and the limits (10-40), so refused edits count too. */
	@Bean
	@Order(-100)
	Instrumentation editMetrics(MeterRegistry registry) {
		return new EditMetrics(registry);
	}

	/** Outside the size limit (-20) and the deadline (-10), so it sees their answers. */
	@Bean
	@Order(-100)
	WebGraphQlInterceptor refusalMetrics(MeterRegistry registry) {
		return new RefusalMetrics(registry);
	}

	@Bean
	FilterRegistrationBean<OversizedBodyMetrics> oversizedBodyMetrics(MeterRegistry registry,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		FilterRegistrationBean<OversizedBodyMetrics> registration = new FilterRegistrationBean<>(
				new OversizedBodyMetrics(registry));
		registration.addUrlPatterns(graphQlPath);
		// outside the body-size limit (HIGHEST_PRECEDENCE + 100), to see its 413
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

	@Bean
	RootFieldObservationConvention rootFieldObservationConvention() {
		return new RootFieldObservationConvention();
	}

	@Bean
	CaffeineCacheMetricsBinder caffeineCacheMetricsBinder(ListableBeanFactory beans, MeterRegistry registry) {
		return new CaffeineCacheMetricsBinder(beans, registry);
	}

	/**
	 * The Neo4j driver's connection pool as {@code db.client.connection.count} by state
	 * (idle, used), {@code .max}, {@code .timeouts}, {@code .creating} and
	 * {@code .acquiring}. Only the pool is observed ({@link PoolObservationsOnly}: not
	 * every session, result and Bolt exchange), on a registry of its own that has only
	 * the pool's handler, so no observation becomes a timer or a trace (Spring Boot's own
	 * wiring of the driver's observations is excluded in application.yaml for that
	 * reason). None of them keeps a parent ({@link DetachedFromRequests}).
	 */
	@Bean
	ConfigBuilderCustomizer neo4jConnectionPoolMetrics(MeterRegistry registry) {
		ConnectionPoolMetricsHandler poolMetrics = new ConnectionPoolMetricsHandler(registry);
		ObservationRegistry pool = ObservationRegistry.create();
		pool.observationConfig().observationHandler(new DetachedFromRequests()).observationHandler(poolMetrics);
		PoolObservationsOnly observations = new PoolObservationsOnly(
				MicrometerObservationProvider.builder(pool).build());
		return (builder) -> builder.withObservationProvider(observations);
	}

}
