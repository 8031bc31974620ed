package cymru.atebol.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import cymru.atebol.system.StartupRefusedException;

/**
 * The start-up rule: when editing is on, or reads are not public, at least one way to
 * sign in (a JWT issuer or a local editor account) must be configured, otherwise the
 * service would either be editable by nobody or readable by nobody, and it refuses to
 * start, saying what to set.
 */
final class SignInRequirement {

	private static final Log logger = LogFactory.getLog(SignInRequirement.class);

	static final String WAYS = "Configure a way to sign in: spring.security.oauth2.resourceserver.jwt.issuer-uri "
			+ "(JWTs from your identity provider, for production; roles from atebol.security.jwt.roles-claim), or "
			+ "atebol.security.editors[0].username with atebol.security.editors[0].password-hash (a local editor "
			+ "account over HTTP Basic; make the BCrypt hash with ./mvnw -q spring-boot:run "
			+ "-Dspring-boot.run.arguments=--hash-password)";

	private SignInRequirement() {
	}

	static void check(boolean editingEnabled, boolean publicReads, boolean jwt, int editorAccounts) {
		boolean canSignIn = jwt || editorAccounts > 0;
		if (editingEnabled && !canSignIn) {
			throw new StartupRefusedException(
					"Editing is enabled (atebol.editing.enabled=true) but nobody can sign in, so no edit could be told "
							+ "apart from an anonymous one.",
					WAYS + "; or set atebol.editing.enabled=false to serve the graph read-only.");
		}
		if (!publicReads && !canSignIn) {
			throw new StartupRefusedException(
					"Reads are not public (atebol.security.public-reads=false) but nobody can sign in, so nobody could "
							+ "read.",
					WAYS + "; or set atebol.security.public-reads=true.");
		}
		if (!editingEnabled && canSignIn) {
			logger
				.info("Sign-in is configured but editing is off (atebol.editing.enabled=false): mutations are refused");
		}
	}

}
