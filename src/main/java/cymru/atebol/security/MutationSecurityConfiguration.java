package cymru.atebol.security;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The GraphQL side of security: mutations for editors only, checked first of all the
 * limits.
 */
@Configuration(proxyBeanMethods = false)
class MutationSecurityConfiguration {

	@Bean
	@Order(0)
	WebGraphQlInterceptor callerCapture() {
		return new CallerCapture();
	}

	@Bean
	@Order(0)
	Instrumentation editorOnlyMutations(EditingProperties editing) {
		return new EditorOnlyMutations(editing.enabled());
	}

}
