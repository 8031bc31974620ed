package cymru.atebol.cache;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who asks, as far as caching cares: answers to signed-in callers are never stored by
 * browsers or proxies, and editors' answers are cached apart from the public's.
 *
 * @param signedIn whether the caller signed in (Basic or a bearer token)
 * @param editor whether the caller has the EDITOR role
 */
record Caller(boolean signedIn, boolean editor) {

	private static final Caller ANONYMOUS = new Caller(false, false);

	/** The caller Spring Security authenticated for this request. */
	static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		boolean editor = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_EDITOR".equals(authority.getAuthority()));
		return new Caller(true, editor);
	}

}
