package cymru.atebol.security;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the caller that Spring Security authenticated on the request thread to the
 * GraphQL execution, where {@link EditorOnlyMutations} may run on another thread.
 */
final class CallerCapture implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller != null) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(EditorOnlyMutations.CALLER, caller);
				return input;
			});
		}
		return chain.next(request);
	}

}
