package cymru.atebol.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import cymru.atebol.neo4j.EmbeddedNeo4j;
import cymru.atebol.neo4j.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Neo4j value type survives a backup and a restore exactly, as the same type:
 * integers stay integers, floats floats (NaN too), date-times keep their offset or zone
 * and their nanoseconds, lists their element type, as do a schema's constraints and
 * indexes, and a relationship its ends.
 */
class BackupValuesTests {

	private static final String GRAPH = """
			CREATE (n:Thing:Other {
				i: 42, big: 9007199254740993, negative: -1, f: 1.0, tenth: 0.1, nan: 0.0 / 0.0, tiny: 4.9E-324,
				s: 'Pwyllgor "prawf"\\n', b: false,
				d: date('2020-02-29'),
				zoned: datetime('2020-03-29T01:30:00.123456789[Europe/London]'),
				offset: datetime('2020-01-01T10:00:00.000000001+05:30'),
				utc: datetime('2021-06-30T23:59:59.5Z'),
				ldt: localdatetime('2020-01-01T10:00:00.5'), lt: localtime('23:59:59.999999999'),
				t: time('10:00:00.1-03:00'),
				dur: duration('P1Y2M3DT4H5M6.000000007S'),
				p: point({x: 1.5, y: -2.25}), p3: point({longitude: -3.18, latitude: 51.48, height: 10.0}),
				li: [1, 2, 3], lf: [1.0, 2.5], ls: ['a', 'b'], ld: [date('2020-01-01')],
				bytes: $bytes
			})
			CREATE (n)-[:REPORTS_TO {since: date('2019-01-01'), weight: 2.0, note: 'x'}]->(:Thing {i: 1})
			CREATE (:Unlabelled)-[:SELF {n: 0}]->(:Thing {i: 2})
			""";

	@Test
	void shouldRestoreEveryValueTypeExactly() throws Exception {
		Path work = Path.of("target", "test-neo4j", "backup-values-" + UUID.randomUUID()).toAbsolutePath();
		Files.createDirectories(work);
		Path file = work.resolve("values.atebol.gz");
		Snapshot original;
		try (EmbeddedNeo4j neo4j = start(work.resolve("a"));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE CONSTRAINT thing_i IF NOT EXISTS FOR (t:Thing) REQUIRE t.i IS UNIQUE")
				.execute();
			driver.executableQuery("CREATE TEXT INDEX thing_s IF NOT EXISTS FOR (t:Thing) ON (t.s)").execute();
			driver.executableQuery(GRAPH).withParameters(Map.of("bytes", new byte[] { 0, 1, -1, 127 })).execute();
			original = Snapshot.of(driver);
			GraphBackup.Summary summary = new GraphBackup(driver, null, Clock.systemUTC()).write(file, "test");
			assertThat(summary.nodes()).isEqualTo(4);
			assertThat(summary.relationships()).isEqualTo(2);
			// the backup wrote nothing: no Dataset node was left behind
			assertThat(Snapshot.of(driver)).isEqualTo(original);
		}
		try (EmbeddedNeo4j neo4j = start(work.resolve("b"));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			GraphRestore.Summary summary = new GraphRestore(driver, null).restore(file);
			assertThat(summary.schema()).isEqualTo(2);
			assertThat(Snapshot.of(driver)).isEqualTo(original);
		}
	}

	private static EmbeddedNeo4j start(Path dataDir) {
		return EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(dataDir, 0, DataSize.ofMegabytes(16), DataSize.ofMegabytes(64)));
	}

	/** Everything a backup must keep, in a form that compares by value and by type. */
	private record Snapshot(List<String> nodes, List<String> relationships, List<String> schema) {

		static Snapshot of(Driver driver) {
			List<String> nodes = driver
				.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.i")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("labels").asList().toString() + " " + typed(r.get("props")))
				.toList();
			List<String> relationships = driver.executableQuery("""
					MATCH (a)-[r]->(b) RETURN a.i AS a, type(r) AS type, properties(r) AS props, b.i AS b ORDER BY type
					""")
				.execute()
				.records()
				.stream()
				.map(r -> r.get("a") + " " + r.get("type").asString() + " " + typed(r.get("props")) + " " + r.get("b"))
				.toList();
			List<String> schema = new java.util.ArrayList<>();
			for (String show : List.of(
					"SHOW CONSTRAINTS YIELD name, createStatement RETURN name + ': ' + createStatement AS s",
					"SHOW INDEXES YIELD name, type, createStatement WHERE type <> 'LOOKUP' RETURN name + ': ' + createStatement AS s")) {
				driver.executableQuery(show).execute().records().forEach(r -> schema.add(r.get("s").asString()));
			}
			schema.sort(null);
			return new Snapshot(nodes, relationships, schema);
		}

		/**
		 * Each property as its type and its value (a NaN compares equal to itself here).
		 */
		private static String typed(Value properties) {
			Map<String, String> typed = new TreeMap<>();
			properties.asMap(v -> v).forEach((key, value) -> typed.put(key, value.type().name() + ":" + text(value)));
			return typed.toString();
		}

		private static String text(Value value) {
			Object object = value.asObject();
			if (object instanceof byte[] bytes) {
				return java.util.Arrays.toString(bytes);
			}
			if (object instanceof List<?> list) {
				return value.asList(v -> v.type().name() + ":" + text(v)).toString() + "/" + list.size();
			}
			return String.valueOf(object);
		}

	}

}
