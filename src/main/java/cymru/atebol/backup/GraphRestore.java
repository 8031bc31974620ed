package cymru.atebol.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import tools.jackson.databind.JsonNode;

/**
 * Restores a backup file into an empty database: the whole file is checked first (format,
 * every line, counts, checksum) and nothing is written unless it passes; then the schema
 * is created and every node and relationship written in one transaction, which commits
 * only if a second reading of the file passes the same checks. A failure leaves the
 * database as it was (the schema created for it is dropped again).
 */
final class GraphRestore {

	private static final int BATCH = 1000;

	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n)
			SET n = row.properties
			SET n:$(row.labels)
			RETURN row.node AS node, elementId(n) AS id
			""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a) WHERE elementId(a) = row.from
			MATCH (b) WHERE elementId(b) = row.to
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.properties
			""";

	private final Driver driver;

	private final @Nullable String database;

	GraphRestore(Driver driver, @Nullable String database) {
		this.driver = driver;
		this.database = database;
	}

	record Summary(long nodes, long relationships, int schema, @Nullable Long datasetVersion) {
	}

	/** Reads the whole file and checks it; returns its header. */
	static JsonNode verify(Path file) {
		if (!BackupFile.looksCompressed(file)) {
			throw new InvalidBackupException("%s is not an Atebol backup (not a gzip file)".formatted(file));
		}
		long[] seen = new long[2];
		JsonNode header = BackupFile.read(file, (row, line) -> {
			if (row.has("node")) {
				if (seen[1] > 0 || row.path("node").asLong() != seen[0] + 1 || !row.path("labels").isArray()) {
					throw corrupt(file, line, "a node out of order or without labels");
				}
				seen[0]++;
				decode(file, line, row);
			}
			else if (row.has("relationship")) {
				long from = row.path("from").asLong(0);
				long to = row.path("to").asLong(0);
				if (from < 1 || from > seen[0] || to < 1 || to > seen[0] || !row.path("type").isString()) {
					throw corrupt(file, line, "a relationship whose ends or type are not in the file");
				}
				seen[1]++;
				decode(file, line, row);
			}
			else {
				throw corrupt(file, line, "neither a node nor a relationship");
			}
		});
		long nodes = header.path("counts").path("nodes").asLong(-1);
		long relationships = header.path("counts").path("relationships").asLong(-1);
		if (nodes != seen[0] || relationships != seen[1]) {
			throw new InvalidBackupException(
					"%s is incomplete: it holds %d nodes and %d relationships, its header says %d and %d"
						.formatted(file, seen[0], seen[1], nodes, relationships));
		}
		return header;
	}

	private static void decode(Path file, long line, JsonNode row) {
		try {
			BackupValues.decodeProperties(row.path("properties"));
		}
		catch (RuntimeException ex) {
			throw corrupt(file, line, ex.getMessage());
		}
	}

	private static InvalidBackupException corrupt(Path file, long line, String what) {
		return new InvalidBackupException("%s is corrupt: line %d is %s".formatted(file, line, what));
	}

	Summary restore(Path file) {
		JsonNode header = verify(file);
		requireEmpty();
		List<JsonNode> schema = BackupSchema.items(header);
		try (Session session = this.driver.session(sessionConfig())) {
			for (JsonNode item : schema) {
				session.run(BackupSchema.createIfNotExists(item)).consume();
			}
			session.run("CALL db.awaitIndexes(600)").consume();
		}
		try {
			long[] counts = writeData(file);
			Long version = header.has("datasetVersion") ? header.get("datasetVersion").asLong() : null;
			return new Summary(counts[0], counts[1], schema.size(), version);
		}
		catch (RuntimeException ex) {
			try (Session session = this.driver.session(sessionConfig())) {
				for (JsonNode item : schema) {
					session.run(BackupSchema.drop(item)).consume();
				}
			}
			throw ex;
		}
	}

	private long[] writeData(Path file) {
		long[] counts = new long[2];
		try (Session session = this.driver.session(sessionConfig());
				Transaction tx = session.beginTransaction(TransactionConfig.empty())) {
			Map<Long, String> ids = new HashMap<>();
			List<Map<String, Object>> nodes = new ArrayList<>();
			List<Map<String, Object>> relationships = new ArrayList<>();
			BackupFile.read(file, (row, line) -> {
				if (row.has("node")) {
					nodes.add(Map.of("node", row.get("node").asLong(), "labels",
							row.get("labels").valueStream().map(JsonNode::asString).toList(), "properties",
							BackupValues.decodeProperties(row.get("properties"))));
					if (nodes.size() == BATCH) {
						counts[0] += createNodes(tx, nodes, ids);
					}
				}
				else {
					counts[0] += createNodes(tx, nodes, ids);
					relationships.add(Map.of("from", ids.get(row.get("from").asLong()), "to",
							ids.get(row.get("to").asLong()), "type", row.get("type").asString(), "properties",
							BackupValues.decodeProperties(row.get("properties"))));
					if (relationships.size() == BATCH) {
						counts[1] += createRelationships(tx, relationships);
					}
				}
			});
			counts[0] += createNodes(tx, nodes, ids);
			counts[1] += createRelationships(tx, relationships);
			tx.commit();
		}
		return counts;
	}

	private static int createNodes(Transaction tx, List<Map<String, Object>> rows, Map<Long, String> ids) {
		if (rows.isEmpty()) {
			return 0;
		}
		tx.run(CREATE_NODES, Map.of("rows", rows))
			.forEachRemaining(r -> ids.put(r.get("node").asLong(), r.get("id").asString()));
		int written = rows.size();
		rows.clear();
		return written;
	}

	private static int createRelationships(Transaction tx, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		tx.run(CREATE_RELATIONSHIPS, Map.of("rows", rows)).consume();
		int written = rows.size();
		rows.clear();
		return written;
	}

	private void requireEmpty() {
		try (Session session = this.driver.session(sessionConfig())) {
			long nodes = session.run("MATCH (n) RETURN count(n) AS nodes").single().get("nodes").asLong();
			if (nodes > 0) {
				throw new InvalidBackupException(
						("The target database holds %d nodes: a backup is restored only into an "
								+ "empty database (a new data folder, or a new database on the server). Nothing was written.")
							.formatted(nodes));
			}
		}
	}

	private SessionConfig sessionConfig() {
		return (this.database != null) ? SessionConfig.forDatabase(this.database) : SessionConfig.defaultConfig();
	}

}
