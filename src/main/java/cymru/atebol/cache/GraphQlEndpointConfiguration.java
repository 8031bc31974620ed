package cymru.atebol.cache;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

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

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGet(GraphQlEndpoint endpoint,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route().GET(path, endpoint::handleRequest).build();
	}

}
