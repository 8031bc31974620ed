package cymru.atebol.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cymru.atebol.security.AccessProperties.Editor;
import cymru.atebol.system.StartupRefusedException;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The local editor accounts, checked at start-up: a blank name, a repeated name or
 * anything but a BCrypt hash where the hash belongs (a plain password, say) stops the
 * service with the index of the faulty entry.
 */
final class EditorAccounts {

	static final String ROLE = "EDITOR";

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

	private static final String HASH_ACTION = "Store a BCrypt hash, never the password: make one with "
			+ "./mvnw -q spring-boot:run -Dspring-boot.run.arguments=--hash-password (or java -jar atebol.jar "
			+ "--hash-password), which reads the password from the console or standard input.";

	private EditorAccounts() {
	}

	static InMemoryUserDetailsManager from(List<Editor> editors) {
		List<UserDetails> users = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < editors.size(); i++) {
			Editor editor = editors.get(i);
			String username = editor.username();
			if (username == null || username.isBlank()) {
				throw new StartupRefusedException("atebol.security.editors[%d].username is empty.".formatted(i),
						"Give every editor account a username, or remove the entry.");
			}
			if (!names.add(username)) {
				throw new StartupRefusedException(
						"atebol.security.editors[%d].username '%s' is used twice.".formatted(i, username),
						"Give every editor account its own username.");
			}
			String hash = (editor.passwordHash() != null) ? editor.passwordHash().strip() : "";
			hash = hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash;
			if (!BCRYPT.matcher(hash).matches()) {
				throw new StartupRefusedException(
						"atebol.security.editors[%d].password-hash (user '%s') is not a BCrypt hash.".formatted(i,
								username),
						HASH_ACTION);
			}
			users.add(User.withUsername(username).password("{bcrypt}" + hash).roles(ROLE).build());
		}
		return new InMemoryUserDetailsManager(users);
	}

}
