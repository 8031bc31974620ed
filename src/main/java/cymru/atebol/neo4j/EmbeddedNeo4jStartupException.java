package cymru.atebol.neo4j;

import java.net.BindException;
import java.nio.file.Path;

import org.neo4j.io.locker.FileLockException;

/** Why the embedded Neo4j could not start, in words that say what to do about it. */
final class EmbeddedNeo4jStartupException extends IllegalStateException {

	private EmbeddedNeo4jStartupException(String message, Throwable cause) {
		super(message, cause);
	}

	static EmbeddedNeo4jStartupException explain(Throwable failure, Path dataDir, int boltPort) {
		if (hasCause(failure, FileLockException.class)) {
			return new EmbeddedNeo4jStartupException(("The embedded Neo4j data folder %s is locked by another process "
					+ "(another Atebol or Neo4j on the same folder?). Stop that process, or give this one its own folder "
					+ "with atebol.embedded.data-dir (ATEBOL_EMBEDDED_DATA_DIR), or point spring.neo4j.uri (NEO4J_URI) "
					+ "at a running Neo4j.")
				.formatted(dataDir), failure);
		}
		if (hasCause(failure, BindException.class)) {
			return new EmbeddedNeo4jStartupException(("Port %d on 127.0.0.1 is already in use, so the embedded Neo4j "
					+ "cannot serve Bolt there. Set atebol.embedded.bolt-port (ATEBOL_EMBEDDED_BOLT_PORT) to a free port, "
					+ "or 0 for any free port.")
				.formatted(boltPort), failure);
		}
		return new EmbeddedNeo4jStartupException(
				"The embedded Neo4j in %s did not start: %s".formatted(dataDir, rootMessage(failure)), failure);
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
