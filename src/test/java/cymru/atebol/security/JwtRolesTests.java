package cymru.atebol.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRolesTests {

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("u-123")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims(c -> c.putAll(claims))
			.build();
	}

	@Test
	void shouldReadRolesFromATopLevelListWhateverTheirCase() {
		var token = new JwtRoles(new AccessProperties.Jwt("roles", "sub"))
			.convert(jwt(Map.of("roles", List.of("editor", "Reader"))));
		assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR", "ROLE_READER");
		assertThat(token.getName()).isEqualTo("u-123");
	}

	@Test
	void shouldReadRolesFromANestedClaimAndTheNameFromAnotherClaim() {
		var token = new JwtRoles(new AccessProperties.Jwt("realm_access.roles", "preferred_username"))
			.convert(jwt(Map.of("realm_access", Map.of("roles", List.of("EDITOR")), "preferred_username", "alice")));
		assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
		assertThat(token.getName()).isEqualTo("alice");
	}

	@Test
	void shouldSplitASpaceSeparatedClaim() {
		var token = new JwtRoles(new AccessProperties.Jwt("scope", "sub")).convert(jwt(Map.of("scope", "read editor")));
		assertThat(token.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_READ", "ROLE_EDITOR");
	}

	@Test
	void shouldGrantNothingWhenTheClaimIsMissingOrOfAnotherShape() {
		var roles = new JwtRoles(new AccessProperties.Jwt("realm_access.roles", "missing"));
		assertThat(roles.convert(jwt(Map.of("realm_access", "EDITOR"))).getAuthorities()).isEmpty();
		assertThat(roles.convert(jwt(Map.of("other", 1))).getAuthorities()).isEmpty();
		assertThat(roles.convert(jwt(Map.of("other", 1))).getName()).isEqualTo("u-123");
	}

}
