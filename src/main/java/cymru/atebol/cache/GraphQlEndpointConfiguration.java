package cymru.atebol.cache;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

import cymru.atebol.system.OperationKinds;
import cymru.atebol.system.Today;
import cymru.atebol.version.DatasetVersions;

/**
 * {@link GraphQlEndpoint} in place of Spring for GraphQL's handler: Spring Boot routes
 * POSTs to it, and GETs of the GraphQL path (which Spring Boot would refuse with 405)
 * reach it first. Only in a web application (a seed or backup command, or a test without
 * a web server, has no GraphQL endpoint).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlEndpointConfiguration {

	@Bean
	GraphQlEndpoint graphQlHttpHandler(WebGraphQlHandler graphQl, PersistedQueries persisted, OperationKinds kinds,
			ResponseCache cache, DatasetVersions versions, Today today, JsonMapper json, CacheProperties properties) {
		return new GraphQlEndpoint(graphQl, persisted, kinds, cache, versions, today, json,
				new CacheHeaders(properties));
	}

	/**
	 * Plain GraphQL POSTs answered at the end of the filter chain, without Spring MVC's
	 * dispatch; anything else goes on to Spring MVC.
	 */
	@Bean
	FilterRegistrationBean<DirectGraphQlPosts> directGraphQlPosts(GraphQlEndpoint endpoint, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<DirectGraphQlPosts> registration = new FilterRegistrationBean<>(
				new DirectGraphQlPosts(endpoint, path, json));
		registration.addUrlPatterns(path);
		// last: after Spring Security, the request's observation and the body limit
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The router functions (GraphQL's POST and GET, GraphiQL, the schema) are asked for a
	 * handler first: Spring MVC asks its mappings in order, and the actuator's and the
	 * controllers' (which serve none of those paths) came first, a lookup in each for
	 * every GraphQL request. No router function serves a path of theirs.
	 */
	@Bean
	static BeanPostProcessor routerFunctionsFirst() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RouterFunctionMapping mapping) {
					mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
				}
				return bean;
			}
		};
	}

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGet(GraphQlEndpoint endpoint,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route().GET(path, endpoint::handleRequest).build();
	}

}
