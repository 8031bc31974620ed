package cymru.atebol.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole graph to a backup file as one consistent state. Neo4j Community reads
 * what is committed at each moment (read committed), so reading alone could mix states;
 * every edit and seed load also writes the {@code (:Dataset {id: 'dataset'})} node in its
 * transaction, so this backup first takes that node's write lock in a write transaction:
 * edits in flight commit first, later ones wait, and everything read afterwards in the
 * transaction is one state that existed. The transaction is rolled back: a backup writes
 * nothing.
 */
final class GraphBackup {

	private static final String LOCK_DATASET = """
			MERGE (d:Dataset {id: 'dataset'})
			ON CREATE SET d.createdByBackup = true
			SET d.backupLock = true
			REMOVE d.backupLock
			RETURN elementId(d) AS id, d.createdByBackup IS NOT NULL AS created, d.version AS version
			""";

	private static final String NODES = "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
			""";

	private final Driver driver;

	private final @Nullable String database;

	private final Clock clock;

	/**
	 * @param clock when the backup says it was made
	 */
	GraphBackup(Driver driver, @Nullable String database, Clock clock) {
		this.driver = driver;
		this.database = database;
		this.clock = clock;
	}

	/** The counts written. */
	record Summary(long nodes, long relationships, @Nullable Long datasetVersion) {
	}

	Summary write(Path file, String source) {
		ArrayNode schema = BackupSchema.read(this.driver, sessionConfig());
		ObjectNode header = BackupFile.json.createObjectNode();
		header.put("format", BackupFile.FORMAT);
		header.put("formatVersion", BackupFile.VERSION);
		header.put("createdAt", this.clock.instant().toString());
		header.put("source", source);
		header.put("database", this.database);
		long[] counts = new long[2];
		Long[] version = new Long[1];
		try (Session session = this.driver.session(sessionConfig());
				Transaction tx = session.beginTransaction(TransactionConfig.empty())) {
			Record dataset = tx.run(LOCK_DATASET).single();
			String skip = dataset.get("created").asBoolean() ? dataset.get("id").asString() : null;
			version[0] = dataset.get("version").isNull() ? null : dataset.get("version").asLong();
			BackupFile.write(file, header, lines -> {
				Map<String, Long> ids = new HashMap<>();
				Result nodes = tx.run(NODES);
				while (nodes.hasNext()) {
					Record node = nodes.next();
					String id = node.get("id").asString();
					if (id.equals(skip)) {
						continue;
					}
					long number = ids.size() + 1;
					ids.put(id, number);
					ObjectNode row = BackupFile.json.createObjectNode();
					row.put("node", number);
					ArrayNode labels = row.putArray("labels");
					node.get("labels").asList(v -> v.asString()).stream().sorted().forEach(labels::add);
					row.set("properties", BackupValues.encodeProperties(node.get("properties").asMap()));
					lines.write(row);
				}
				counts[0] = ids.size();
				Result relationships = tx.run(RELATIONSHIPS);
				while (relationships.hasNext()) {
					Record relationship = relationships.next();
					ObjectNode row = BackupFile.json.createObjectNode();
					row.put("relationship", ++counts[1]);
					row.put("type", relationship.get("type").asString());
					row.put("from", ids.get(relationship.get("from").asString()));
					row.put("to", ids.get(relationship.get("to").asString()));
					row.set("properties", BackupValues.encodeProperties(relationship.get("properties").asMap()));
					lines.write(row);
				}
				ObjectNode countsNode = header.putObject("counts");
				countsNode.put("nodes", counts[0]);
				countsNode.put("relationships", counts[1]);
				if (version[0] != null) {
					header.put("datasetVersion", version[0]);
				}
				header.set("schema", schema);
			});
			tx.rollback();
		}
		return new Summary(counts[0], counts[1], version[0]);
	}

	private SessionConfig sessionConfig() {
		return (this.database != null) ? SessionConfig.forDatabase(this.database) : SessionConfig.defaultConfig();
	}

}
