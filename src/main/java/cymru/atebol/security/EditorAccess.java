package cymru.atebol.security;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may run a mutation: nobody while editing is off, and then only a signed-in caller
 * with the EDITOR role. Every mutation handler says so with
 * {@code @PreAuthorize("@editorAccess.decide(authentication)")}, so Spring Security
 * refuses the call before the handler runs and a refused edit never reaches Neo4j; a
 * refusal says why ({@link Refusal}, turned into the GraphQL error by
 * {@link AccessDeniedErrors}).
 */
@Component
public final class EditorAccess {

	private final boolean editingEnabled;

	EditorAccess(EditingProperties editing) {
		this.editingEnabled = editing.enabled();
	}

	/** Whether the caller may run a mutation, and if not, why not. */
	public AuthorizationResult decide(@Nullable Authentication caller) {
		if (!this.editingEnabled) {
			return new Refusal(ErrorType.FORBIDDEN,
					"Editing is switched off on this service (atebol.editing.enabled=false).");
		}
		if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
			return new Refusal(ErrorType.UNAUTHORIZED, "Mutations need a signed-in editor: sign in with an editor "
					+ "account (HTTP Basic) or send a bearer token with the EDITOR role.");
		}
		boolean editor = caller.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + EditorAccounts.ROLE).equals(authority.getAuthority()));
		if (!editor) {
			return new Refusal(ErrorType.FORBIDDEN,
					"'%s' is signed in but does not have the EDITOR role, which mutations need."
						.formatted(caller.getName()));
		}
		return new AuthorizationDecision(true);
	}

	/** A denied decision with the error the caller gets. */
	static final class Refusal extends AuthorizationDecision {

		private final ErrorType type;

		private final String message;

		Refusal(ErrorType type, String message) {
			super(false);
			this.type = type;
			this.message = message;
		}

		ErrorType type() {
			return this.type;
		}

		String message() {
			return this.message;
		}

	}

}
