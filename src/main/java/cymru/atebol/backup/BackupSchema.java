package cymru.atebol.backup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The constraints and indexes of a database (the schema migrations' work), as the
 * statements that create them: read for a backup, replayed by a restore.
 */
final class BackupSchema {

	private static final String CONSTRAINTS = "SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement ORDER BY name";

	/** Indexes that back a constraint come with it; the token lookups exist anyway. */
	private static final String INDEXES = """
			SHOW INDEXES YIELD name, type, owningConstraint, createStatement
			WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
			RETURN name, createStatement ORDER BY name
			""";

	private static final Pattern NAMED = Pattern
		.compile("^(CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+`(?:[^`]|``)*`)");

	private BackupSchema() {
	}

	static ArrayNode read(Driver driver, SessionConfig config) {
		ArrayNode schema = BackupFile.json.createArrayNode();
		try (Session session = driver.session(config)) {
			for (Record row : session.run(CONSTRAINTS).list()) {
				add(schema, "constraint", row);
			}
			for (Record row : session.run(INDEXES).list()) {
				add(schema, "index", row);
			}
		}
		return schema;
	}

	private static void add(ArrayNode schema, String kind, Record row) {
		ObjectNode item = schema.addObject();
		item.put("kind", kind);
		item.put("name", row.get("name").asString());
		item.put("create", row.get("createStatement").asString());
	}

	/** The statement, made idempotent ({@code IF NOT EXISTS} after the name). */
	static String createIfNotExists(JsonNode item) {
		String create = item.path("create").asString();
		Matcher matcher = NAMED.matcher(create);
		return matcher.find() ? matcher.group(1) + " IF NOT EXISTS" + create.substring(matcher.end()) : create;
	}

	static String drop(JsonNode item) {
		String name = item.path("name").asString().replace("`", "``");
		return ("constraint".equals(item.path("kind").asString()) ? "DROP CONSTRAINT `%s` IF EXISTS"
				: "DROP INDEX `%s` IF EXISTS")
			.formatted(name);
	}

	static List<JsonNode> items(JsonNode header) {
		return header.path("schema").valueStream().toList();
	}

}
