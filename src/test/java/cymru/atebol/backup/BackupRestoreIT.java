package cymru.atebol.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import cymru.atebol.AtebolApplication;
import cymru.atebol.neo4j.EmbeddedNeo4j;
import cymru.atebol.neo4j.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded service takes a set of edits; a backup taken over Bolt while it runs is
 * restored into a second, empty embedded Neo4j, and a service on that one gives
 * byte-identical answers to the same queries, including those as recorded at an earlier
 * moment and the histories. A truncated or corrupt copy of the backup is refused and the
 * target is left as it was.
 */
class BackupRestoreIT {

	private static final String EDITOR = "backup";

	private static final String PASSWORD = "edit-test passphrase";

	private static final String HASH = "$2a$04$0K9OkDWC4SXU.1rL3RZG8.FqHPQ95uJvmynTgcSvzEAo1I.dmXyXS";

	private static final String CITATION = "[{\"sourceId\":\"seed-000\",\"section\":\"backup test\"}]";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void shouldRestoreABackupTakenWhileTheServiceRunsToByteIdenticalAnswers() throws Exception {
		Path work = Path.of("target", "test-neo4j", "backup-" + UUID.randomUUID()).toAbsolutePath();
		Path original = work.resolve("original");
		Path restored = work.resolve("restored");
		Path backup = work.resolve("graph.atebol.gz");
		Map<String, String> queries = new LinkedHashMap<>();
		Map<String, String> before = new LinkedHashMap<>();
		try (ConfigurableApplicationContext service = start(original)) {
			int port = port(service);
			edit(port, "createEntity", "CreateEntityInput",
					"{\"id\":\"backup-test-board\",\"kind\":\"GROUP\",\"name\":\"Backup Test Board\",\"validFrom\":\"2019-04\",\"description\":\"first\",\"sources\":"
							+ CITATION + "}");
			edit(port, "startRelationship", "StartRelationshipInput",
					"{\"from\":\"backup-test-board\",\"type\":\"REPORTS_TO\",\"to\":\"nhs-wales\",\"validFrom\":\"2020\",\"sources\":"
							+ CITATION + "}");
			Thread.sleep(5);
			String between = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
			Thread.sleep(5);
			edit(port, "updateEntity", "UpdateEntityInput",
					"{\"id\":\"backup-test-board\",\"expectedVersion\":1,\"description\":\"second\",\"sources\":"
							+ CITATION + "}");
			edit(port, "renameEntity", "RenameEntityInput",
					"{\"id\":\"backup-test-board\",\"expectedVersion\":2,\"name\":\"Backup Test Committee\",\"nameCy\":\"Pwyllgor Prawf\",\"date\":\"2023-01-01\",\"sources\":"
							+ CITATION + "}");
			queries.put("entity",
					"""
							{ entity(id: "backup-test-board") { id name nameCy version recordedBy validFrom description
							    names { name nameCy validFrom validTo } reportsTo { id type validFrom version to { id name } }
							    history { entries { date description starts } events { id kind date recordedBy recordedAt } } } }""");
			queries.put("recordedAsOf", """
					{ entity(id: "backup-test-board", recordedAsOf: "%s") { name version description
					    reportsTo { id to { id } } } }""".formatted(between));
			queries.put("changes",
					"""
							{ changes(entity: "backup-test-board") { totalCount edges { node { id kind date description recordedBy recordedAt } } } }""");
			queries.put("allChanges",
					"{ changes(first: 200) { totalCount edges { cursor node { id kind date recordedAt } } } }");
			queries.put("diff",
					"""
							{ diff(from: "2019-01-01", to: "2024-01-01") { entitiesAdded { id } entitiesRemoved { id } relationshipsStarted { id } renamed { entity { id } } } }""");
			queries.put("chain",
					"""
							{ accountabilityChain(from: "cluster-north-powys", recordedAsOf: "%s") { routes { steps { entity { id name } } } tops { id } } }"""
						.formatted(between));
			queries.put("orgChart",
					"""
							{ subgraph(root: "nhs-wales", depth: 2, asOf: "2021-06-30") { nodes { depth entity { id name } } edges { id type } } }""");
			queries.put("search", "{ search(text: \"Backup Test\", first: 5) { matchedName entity { id name } } }");
			queries.put("sources", "{ sources { id title } }");
			for (Map.Entry<String, String> query : queries.entrySet()) {
				before.put(query.getKey(), query(port, query.getValue()));
			}
			int boltPort = service.getBean(EmbeddedNeo4j.class).boltUri().getPort();
			assertThat(command("create", backup.toString(), "--uri=bolt://127.0.0.1:" + boltPort)).startsWith("0 ");
		}
		assertThat(before.get("entity")).contains("Backup Test Committee").doesNotContain("errors");
		assertThat(before.get("recordedAsOf")).contains("first").doesNotContain("errors");

		// an empty store to restore into; a damaged backup leaves it empty
		try (EmbeddedNeo4j empty = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(restored, 0, DataSize.ofMegabytes(16), DataSize.ofMegabytes(64)))) {
			assertThat(counts(empty)).isEqualTo(List.of(0L, 0L));
		}
		byte[] whole = Files.readAllBytes(backup);
		Path truncated = work.resolve("truncated.atebol.gz");
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
		assertThat(command("restore", truncated.toString(), "--atebol.embedded.data-dir=" + restored)).startsWith("1 ")
			.contains("is truncated or damaged");
		Path corrupt = work.resolve("corrupt.atebol.gz");
		Files.write(corrupt, gzip(
				new String(gunzip(whole), StandardCharsets.UTF_8).replace("Backup Test Board", "Backup Test Bored")));
		assertThat(command("restore", corrupt.toString(), "--atebol.embedded.data-dir=" + restored)).startsWith("1 ")
			.contains("is corrupt or incomplete: its content has SHA-256");
		try (EmbeddedNeo4j untouched = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(restored, 0, DataSize.ofMegabytes(16), DataSize.ofMegabytes(64)))) {
			assertThat(counts(untouched)).isEqualTo(List.of(0L, 0L));
		}

		assertThat(command("restore", backup.toString(), "--atebol.embedded.data-dir=" + restored)).startsWith("0 ")
			.contains("Restored");
		assertThat(command("restore", backup.toString(), "--atebol.embedded.data-dir=" + restored)).startsWith("1 ")
			.contains("a backup is restored only into an empty database");
		try (ConfigurableApplicationContext service = start(restored)) {
			int port = port(service);
			for (Map.Entry<String, String> query : queries.entrySet()) {
				assertThat(query(port, query.getValue())).as(query.getKey()).isEqualTo(before.get(query.getKey()));
			}
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(AtebolApplication.class).run("--server.port=0",
				"--atebol.embedded.bolt-port=0", "--atebol.embedded.page-cache=16MB",
				"--atebol.embedded.data-dir=" + dataDir, "--atebol.editing.enabled=true",
				"--atebol.limits.query-timeout=60s", "--atebol.security.editors[0].username=" + EDITOR,
				"--atebol.security.editors[0].password-hash=" + HASH);
	}

	private static int port(ConfigurableApplicationContext service) {
		return service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** The exit code, a space, and what the command printed. */
	private static String command(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> args = new ArrayList<>(List.of("backup"));
		args.addAll(List.of(arguments));
		int code = BackupCommand.run(args.toArray(String[]::new), name -> null,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		return code + " " + out.toString(StandardCharsets.UTF_8);
	}

	private static List<Long> counts(EmbeddedNeo4j neo4j) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			long nodes = driver.executableQuery("MATCH (n) RETURN count(n) AS c")
				.execute()
				.records()
				.get(0)
				.get("c")
				.asLong();
			long schema = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c")
				.execute()
				.records()
				.get(0)
				.get("c")
				.asLong();
			return List.of(nodes, schema);
		}
	}

	private void edit(int port, String mutation, String inputType, String input) throws Exception {
		String body = "{\"query\":\"mutation($input: %s!) { %s(input: $input) { __typename } }\",\"variables\":{\"input\":%s}}"
			.formatted(inputType, mutation, input);
		String answer = send(port, body, true);
		assertThat(answer).as(mutation).doesNotContain("\"errors\"");
	}

	private String query(int port, String document) throws Exception {
		return send(port,
				"{\"query\":" + org.springframework.boot.json.JsonWriter.standard().writeToString(document) + "}",
				false);
	}

	private String send(int port, String body, boolean signedIn) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signedIn) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

}
