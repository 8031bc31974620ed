package cymru.atebol.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The GraphQL error for a call method security refused: the reason {@link EditorAccess}
 * gave, or a plain FORBIDDEN. Ordered before the catch-all {@code GraphQlErrors}, which
 * would answer an internal error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedErrors {

	@GraphQlExceptionHandler
	GraphQLError denied(AuthorizationDeniedException ex, DataFetchingEnvironment env) {
		if (ex.getAuthorizationResult() instanceof EditorAccess.Refusal refusal) {
			return GraphqlErrorBuilder.newError(env).errorType(refusal.type()).message(refusal.message()).build();
		}
		return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message("Forbidden").build();
	}

}
