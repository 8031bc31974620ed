package cymru.atebol.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT into a signed-in user: roles from a configurable, possibly nested
 * claim (Keycloak keeps them in {@code realm_access.roles}), case-insensitive, as
 * {@code ROLE_<NAME>}; the name from a configurable claim, falling back to {@code sub}.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final List<String> rolesPath;

	private final String usernameClaim;

	JwtRoles(AccessProperties.Jwt settings) {
		this.rolesPath = List.of(settings.rolesClaim().split("\\."));
		this.usernameClaim = settings.usernameClaim();
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = roles(jwt.getClaims())
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)))
			.toList();
		String name = jwt.getClaimAsString(this.usernameClaim);
		return new JwtAuthenticationToken(jwt, authorities, (name != null) ? name : jwt.getSubject());
	}

	private Stream<String> roles(Map<String, Object> claims) {
		@Nullable Object value = claims;
		for (String step : this.rolesPath) {
			value = (value instanceof Map<?, ?> map) ? map.get(step) : null;
		}
		return switch (value) {
			case Collection<?> values -> values.stream().map(String::valueOf);
			case String text -> Arrays.stream(text.split("[\\s,]+"));
			case null, default -> Stream.empty();
		};
	}

}
