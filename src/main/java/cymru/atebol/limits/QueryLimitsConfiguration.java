package cymru.atebol.limits;

import graphql.execution.instrumentation.Instrumentation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import cymru.atebol.system.OperationKinds;

/**
 * Wires the limits in the order a request meets them: body size (servlet filter),
 * document and variables size and the deadline (interceptors), then field count (at
 * validation) and depth, arguments and complexity (one walk of the operation, remembered
 * per document): graphql-java instrumentations, after authorisation at order 0. All of
 * them refuse before any field is fetched, so a refused request never reaches Neo4j.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(QueryLimits limits, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits, json));
		// The reconciliation API's query batches are held to the same size.
		registration.addUrlPatterns(graphQlPath, "/reconcile");
		// Before Spring Security (-100): an oversized body is refused whoever sends
		// it.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	@Order(-20)
	WebGraphQlInterceptor requestSizeLimit(QueryLimits limits) {
		return new RequestSizeLimit(limits);
	}

	@Bean
	@Order(-10)
	WebGraphQlInterceptor requestDeadline(QueryLimits limits, OperationKinds kinds) {
		return new RequestDeadline(limits.queryTimeout(), kinds);
	}

	@Bean
	@Order(10)
	Instrumentation fieldCountLimit(QueryLimits limits) {
		return new FieldCountLimit(limits);
	}

	@Bean
	@Order(20)
	Instrumentation operationLimits(QueryLimits limits) {
		return new OperationLimits(limits);
	}

}
