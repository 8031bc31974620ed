package cymru.atebol.security;

import java.util.List;

import cymru.atebol.security.AccessProperties.Editor;
import cymru.atebol.system.StartupRefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EditorAccountsTests {

	private static final String HASH = new BCryptPasswordEncoder().encode("correct horse battery staple");

	@Test
	void shouldSignInAnEditorWithTheHashedPasswordOnly() {
		var provider = new DaoAuthenticationProvider(EditorAccounts.from(List.of(new Editor("alice", HASH))));
		provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		var signedIn = provider
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "correct horse battery staple"));
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_EDITOR");
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(
				() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", HASH)));
	}

	@Test
	void shouldAcceptTheBcryptPrefix() {
		assertThat(EditorAccounts.from(List.of(new Editor("alice", "{bcrypt}" + HASH))).userExists("alice")).isTrue();
	}

	@Test
	void shouldRefuseOtherEncodingsThanBcrypt() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> EditorAccounts.from(List.of(new Editor("alice", "{noop}secret"))))
			.withMessageStartingWith("atebol.security.editors[0].password-hash (user 'alice') is not a BCrypt hash.")
			.withMessageNotContaining("secret");
	}

	@Test
	void shouldRefuseAMissingHashOrName() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> EditorAccounts.from(List.of(new Editor("alice", null))))
			.withMessageContaining("is not a BCrypt hash");
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> EditorAccounts.from(List.of(new Editor(" ", HASH))))
			.withMessageStartingWith("atebol.security.editors[0].username is empty.");
	}

	@Test
	void shouldRefuseTheSameNameTwice() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> EditorAccounts.from(List.of(new Editor("alice", HASH), new Editor("alice", HASH))))
			.withMessageStartingWith("atebol.security.editors[1].username 'alice' is used twice.");
	}

}
