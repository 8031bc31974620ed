package cymru.atebol.security;

import java.util.Map;

import cymru.atebol.system.Refusals;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Refuses a whole mutation operation before any of its fields runs unless editing is on
 * and the caller has the EDITOR role, so every mutation is protected without each handler
 * remembering to be, and a refused edit never reaches Neo4j. Handlers read the editor's
 * name from a {@code Principal} argument.
 */
final class EditorOnlyMutations extends SimplePerformantInstrumentation {

	/** Where {@link CallerCapture} leaves the caller in the GraphQL context. */
	static final String CALLER = EditorOnlyMutations.class.getName() + ".caller";

	private final boolean editingEnabled;

	EditorOnlyMutations(boolean editingEnabled) {
		this.editingEnabled = editingEnabled;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (!context.isMutationOperation()) {
			return null;
		}
		if (!this.editingEnabled) {
			throw refuse(ErrorType.FORBIDDEN,
					"Editing is switched off on this service (atebol.editing.enabled=false).");
		}
		Authentication caller = context.getGraphQLContext().get(CALLER);
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			throw refuse(ErrorType.UNAUTHORIZED, "Mutations need a signed-in editor: sign in with an editor account "
					+ "(HTTP Basic) or send a bearer token with the EDITOR role.");
		}
		boolean editor = caller.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + EditorAccounts.ROLE).equals(authority.getAuthority()));
		if (!editor) {
			throw refuse(ErrorType.FORBIDDEN,
					"'%s' is signed in but does not have the EDITOR role, which mutations need."
						.formatted(caller.getName()));
		}
		return null;
	}

	private static RuntimeException refuse(ErrorType type, String message) {
		return Refusals.abort(Refusals.error(type, message, Map.of()));
	}

}
