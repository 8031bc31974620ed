package cymru.atebol.neo4j;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;

/**
 * Another process holds the embedded data folder. An abandoned run, so that Spring Boot
 * prints no report of its own: the service's {@code main} prints this message as its one
 * line and exits with status 1.
 */
public final class DataFolderInUseException extends SpringApplication.AbandonedRunException {

	private final String message;

	DataFolderInUseException(Path dataDir) {
		this.message = ("Refused to start: the data folder %s is in use by another Atebol (its lock file %s is held); "
				+ "stop that one, or give this one its own folder with --atebol.embedded.data-dir "
				+ "(ATEBOL_EMBEDDED_DATA_DIR), or use a Neo4j server with --spring.neo4j.uri (NEO4J_URI).")
			.formatted(dataDir, dataDir.resolve(DataFolderLock.LOCK_FILE));
	}

	@Override
	public String getMessage() {
		return this.message;
	}

}
