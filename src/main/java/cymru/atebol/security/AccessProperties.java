package cymru.atebol.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read and how editors sign in ({@code atebol.security.*}).
 *
 * @param publicReads whether anyone may query without signing in; when false every
 * GraphQL request needs a signed-in user (any role)
 * @param editors local editor accounts for HTTP Basic, each with a BCrypt hash (never a
 * password)
 * @param jwt how roles and the user name are read from a JWT
 */
@ConfigurationProperties("atebol.security")
public record AccessProperties(boolean publicReads, List<Editor> editors, Jwt jwt) {

	public AccessProperties {
		// Binding passes null when no account is configured.
		editors = (editors != null) ? List.copyOf(editors) : List.of();
	}

	/**
	 * A local editor account.
	 *
	 * @param username the name to sign in with, also recorded as who made an edit
	 * @param passwordHash a BCrypt hash, with or without the {@code {bcrypt}} prefix
	 */
	public record Editor(@Nullable String username, @Nullable String passwordHash) {

		@Override
		public String toString() {
			return "Editor[username=" + this.username + "]";
		}

	}

	/**
	 * Where a JWT carries roles and the user's name.
	 *
	 * @param rolesClaim the claim holding roles, a dotted path for nested claims
	 * (Keycloak: {@code realm_access.roles}); a list or a space- or comma-separated
	 * string
	 * @param usernameClaim the claim naming the user ({@code sub},
	 * {@code preferred_username}, {@code email})
	 */
	public record Jwt(String rolesClaim, String usernameClaim) {
	}

}
