package cymru.atebol.backup;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cymru.atebol.neo4j.DataFolderInUseException;
import cymru.atebol.neo4j.DataFolderLock;
import cymru.atebol.neo4j.EmbeddedNeo4j;
import cymru.atebol.neo4j.EmbeddedNeo4jProperties;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.util.unit.DataSize;

/**
 * {@code backup create FILE}, {@code backup restore FILE} and {@code backup verify FILE}
 * from the command line. The database is a Neo4j server or the running service's embedded
 * one over Bolt ({@code --uri}, or {@code NEO4J_URI}), or, with no URI, the embedded data
 * folder itself ({@code --atebol.embedded.data-dir}, default {@code ./data}), which must
 * then not be in use. docs/operations.md has the examples.
 */
public final class BackupCommand {

	static final String USAGE = """
			usage: backup create FILE | backup restore FILE | backup verify FILE
			  where the database is:
			    --uri=bolt://127.0.0.1:7687 (NEO4J_URI)     a Neo4j server, or the running service's embedded Neo4j
			    --username=neo4j --password=... (NEO4J_USERNAME, NEO4J_PASSWORD)   --database=NAME (NEO4J_DATABASE)
			    --atebol.embedded.data-dir=./data (ATEBOL_EMBEDDED_DATA_DIR)   without a URI: the embedded data
			      folder itself, when no service has it open (--atebol.embedded.transaction-memory=256MB for a restore)""";

	private BackupCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && args[0].equals("backup");
	}

	/** Runs the command; returns the exit code (0 done, 1 refused, 2 usage). */
	public static int run(Class<?> application, String[] args) {
		return run(args, System.getenv()::get, System.out, System.err);
	}

	static int run(String[] args, Function<String, @Nullable String> environment, PrintStream out, PrintStream err) {
		List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		Map<String, String> options = options(args);
		if (words.size() != 3 || !List.of("create", "restore", "verify").contains(words.get(1))) {
			err.println(USAGE);
			return 2;
		}
		quietLogging();
		Path file = Path.of(words.get(2)).toAbsolutePath().normalize();
		try {
			switch (words.get(1)) {
				case "verify" -> {
					JsonNode header = GraphRestore.verify(file);
					out.printf(
							"%s is a complete backup: %d nodes, %d relationships, %d schema items, taken %s from %s%n",
							file, header.path("counts").path("nodes").asLong(),
							header.path("counts").path("relationships").asLong(), header.path("schema").size(),
							header.path("createdAt").asString(), header.path("source").asString());
				}
				case "create" -> {
					if (Files.exists(file)) {
						err.printf("%s exists already: choose a new file name (a backup never overwrites one)%n", file);
						return 1;
					}
					try (Target target = Target.open(options, environment, "create")) {
						long started = System.nanoTime();
						GraphBackup.Summary summary = new GraphBackup(target.driver(), target.database(),
								Clock.systemUTC())
							.write(file, target.description());
						out.printf("Backed up %s to %s: %d nodes, %d relationships%s in %d ms%n", target.description(),
								file, summary.nodes(), summary.relationships(), (summary.datasetVersion() != null)
										? ", dataset version " + summary.datasetVersion() : "",
								(System.nanoTime() - started) / 1_000_000);
					}
				}
				default -> {
					GraphRestore.verify(file);
					try (Target target = Target.open(options, environment, "restore")) {
						long started = System.nanoTime();
						GraphRestore.Summary summary = new GraphRestore(target.driver(), target.database())
							.restore(file);
						out.printf("Restored %s into %s: %d nodes, %d relationships, %d schema items%s in %d ms%n",
								file, target.description(), summary.nodes(), summary.relationships(), summary.schema(),
								(summary.datasetVersion() != null) ? ", dataset version " + summary.datasetVersion()
										: "",
								(System.nanoTime() - started) / 1_000_000);
					}
				}
			}
			return 0;
		}
		catch (InvalidBackupException ex) {
			err.println("Refused: " + ex.getMessage());
			return 1;
		}
		catch (DataFolderInUseException ex) {
			err.println(("The embedded data folder is in use by a running service. " + (words.get(1).equals("create")
					? "Back it up over Bolt while it runs: backup create %s --uri=bolt://127.0.0.1:7687 (its "
							+ "atebol.embedded.bolt-port)."
					: "Restore only into a new, empty data folder (--atebol.embedded.data-dir=...), or stop "
							+ "the service first; %s was not read."))
				.formatted(file));
			return 1;
		}
		catch (java.io.UncheckedIOException ex) {
			err.println("Could not read or write %s: %s".formatted(file, ex.getCause()));
			return 1;
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

	/** The command speaks for itself; the libraries' INFO lines would bury its answer. */
	private static void quietLogging() {
		LoggingSystem logging = LoggingSystem.get(BackupCommand.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(null, LogLevel.WARN);
	}

	/** The database a command works on, and what it opened to reach it. */
	private record Target(Driver driver, @Nullable String database, String description,
			@Nullable EmbeddedNeo4j embedded) implements AutoCloseable {

		static Target open(Map<String, String> options, Function<String, @Nullable String> environment,
				String command) {
			String uri = first(options.get("uri"), options.get("spring.neo4j.uri"), environment.apply("NEO4J_URI"));
			String database = first(options.get("database"), options.get("atebol.database"),
					environment.apply("NEO4J_DATABASE"));
			if (uri != null) {
				String username = first(options.get("username"), options.get("spring.neo4j.authentication.username"),
						environment.apply("NEO4J_USERNAME"));
				String password = first(options.get("password"), options.get("spring.neo4j.authentication.password"),
						environment.apply("NEO4J_PASSWORD"));
				Driver driver = (password != null)
						? GraphDatabase.driver(uri, AuthTokens.basic((username != null) ? username : "neo4j", password))
						: GraphDatabase.driver(uri, AuthTokens.none());
				driver.verifyConnectivity();
				return new Target(driver, database, URI.create(uri).toString(), null);
			}
			Path dataDir = Path
				.of(first(options.get("atebol.embedded.data-dir"), environment.apply("ATEBOL_EMBEDDED_DATA_DIR"),
						"./data"))
				.toAbsolutePath()
				.normalize();
			if (command.equals("create") && !Files.isDirectory(dataDir)) {
				throw new InvalidBackupException("There is no data folder %s to back up".formatted(dataDir));
			}
			DataFolderLock.acquire(dataDir);
			EmbeddedNeo4j embedded = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDir, 0,
					DataSize.parse(first(options.get("atebol.embedded.page-cache"), "128MB")),
					DataSize.parse(first(options.get("atebol.embedded.transaction-memory"), "256MB"))));
			Driver driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none());
			return new Target(driver, database, "the embedded data folder " + dataDir, embedded);
		}

		@Override
		public void close() {
			this.driver.close();
			if (this.embedded != null) {
				this.embedded.close();
			}
		}

		private static @Nullable String first(@Nullable String... values) {
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					return value;
				}
			}
			return null;
		}

	}

}
