package cymru.atebol.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code --hash-password}: reads a password from the console (not echoed) or from
 * standard input and prints its BCrypt hash for
 * {@code atebol.security.editors[n].password-hash}, without starting the service.
 */
public final class PasswordHashCommand {

	public static final String FLAG = "--hash-password";

	private PasswordHashCommand() {
	}

	public static boolean requested(String[] args) {
		return Arrays.asList(args).contains(FLAG);
	}

	/**
	 * Returns the process exit code: 0 with the hash printed, 1 when no password was
	 * given.
	 */
	public static int run(@Nullable Console console, InputStream in, PrintStream out, PrintStream err) {
		String password = (console != null) ? fromConsole(console) : firstLine(in);
		if (password == null || password.isEmpty()) {
			err.println("No password given: type it at the prompt, or pipe it in (printf '%s' \"$PASSWORD\" | ...).");
			return 1;
		}
		out.println(new BCryptPasswordEncoder().encode(password));
		return 0;
	}

	private static @Nullable String fromConsole(Console console) {
		char[] password = console.readPassword("Password to hash: ");
		return (password != null) ? new String(password) : null;
	}

	private static @Nullable String firstLine(InputStream in) {
		try {
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
