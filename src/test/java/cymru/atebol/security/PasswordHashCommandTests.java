package cymru.atebol.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String stdin) {
		return PasswordHashCommand.run(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void shouldPrintABcryptHashOfThePasswordReadFromStandardInput() {
		assertThat(run("correct horse\n")).isZero();
		String hash = this.out.toString(StandardCharsets.UTF_8).strip();
		assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
		assertThat(new BCryptPasswordEncoder().matches("correct horse", hash)).isTrue();
	}

	@Test
	void shouldRefuseAnEmptyPassword() {
		assertThat(run("\n")).isEqualTo(1);
		assertThat(this.out.size()).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("No password given");
	}

	@Test
	void shouldBeAskedForWithTheFlagOnly() {
		assertThat(PasswordHashCommand.requested(new String[] { "--hash-password" })).isTrue();
		assertThat(PasswordHashCommand.requested(new String[] { "--server.port=0" })).isFalse();
	}

}
