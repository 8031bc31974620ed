package cymru.atebol.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned {@code V<n>__<description>.cypher} files (constraints and
 * indexes) at start-up, in version order, each once, recording what it applied as
 * {@code :SchemaMigration} nodes. The statements are idempotent ({@code IF NOT EXISTS}),
 * so a crash between applying and recording is harmless. Neo4j's own neo4j-migrations
 * does the same; it did not resolve from the registry this project builds from.
 */
@Component
public final class SchemaMigrations implements InitializingBean {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	static final String LOCATION = "classpath*:neo4j/migrations/V*__*.cypher";

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Graph graph;

	SchemaMigrations(Graph graph) {
		// creating an index on a large store, or the first statement planned cold on a
		// busy machine,
		// may take longer than a request is allowed to
		this.graph = graph.withTimeout(Graph.STARTUP_TIMEOUT);
	}

	@Override
	public void afterPropertiesSet() {
		for (Migration migration : discover()) {
			apply(migration);
		}
	}

	static List<Migration> discover() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(resources)
				.map(Migration::from)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void apply(Migration migration) {
		List<Long> recorded = this.graph.read("""
				MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum
				""", Map.of("version", migration.version()), r -> r.get("checksum").asLong());
		if (!recorded.isEmpty()) {
			if (recorded.get(0) != migration.checksum()) {
				throw new IllegalStateException(("Schema migration %s was changed after it was applied (checksum %d, "
						+ "recorded %d). Add a new V-file instead of editing an applied one.")
					.formatted(migration.fileName(), migration.checksum(), recorded.get(0)));
			}
			return;
		}
		for (String statement : migration.statements()) {
			this.graph.write(statement, Map.of());
		}
		this.graph.write("""
				MERGE (m:SchemaMigration {version: $version})
				SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
				""", Map.of("version", migration.version(), "description", migration.description(), "checksum",
				migration.checksum()));
		logger.info("Applied schema migration " + migration.fileName());
	}

	/** One migration file: its version, description, statements and checksum. */
	record Migration(int version, String description, String fileName, List<String> statements, long checksum) {

		static Migration from(Resource resource) {
			String fileName = resource.getFilename();
			Matcher matcher = FILE_NAME.matcher((fileName != null) ? fileName : "");
			if (!matcher.matches()) {
				throw new IllegalStateException("Not a migration file name: " + fileName);
			}
			try {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				CRC32 crc = new CRC32();
				crc.update(text.getBytes(StandardCharsets.UTF_8));
				List<String> statements = Arrays.stream(text.replaceAll("(?m)^\\s*//.*$", "").split(";"))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.toList();
				return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), fileName,
						statements, crc.getValue());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
