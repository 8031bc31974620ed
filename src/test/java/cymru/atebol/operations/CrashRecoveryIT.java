package cymru.atebol.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service in a process of its own, killed with SIGKILL while it takes edits, then
 * started again on the same data folder: every edit it acknowledged is there, none is
 * half-applied; then stopped with SIGTERM, which it does cleanly. (scripts/crash-test.sh
 * repeats this at concurrency 1 and 4 with twenty kills and more.) Its logs are JSON
 * lines, the structured-logging switch.
 */
class CrashRecoveryIT {

	private static final String CREATE = """
			{"query":"mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { version } } }",
			 "variables":{"input":{"id":"%s","kind":"GROUP","name":"Crash test %s","description":"edit 1",
			 "validFrom":"2024","sources":[{"sourceId":"seed-000","section":"crash test"}]}}}""";

	private static final String UPDATE = """
			{"query":"mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } } }",
			 "variables":{"input":{"id":"%s","expectedVersion":%d,"description":"edit %d",
			 "sources":[{"sourceId":"seed-000","section":"crash test"}]}}}""";

	@Test
	void shouldKeepEveryAcknowledgedEditThroughAKillAndStopCleanlyOnTerm() throws Exception {
		Path dataDir = Path.of("target", "test-neo4j", "crash-" + UUID.randomUUID()).toAbsolutePath();
		Path logs = Path.of("target", "crash-test").toAbsolutePath();
		int boltPort = ServiceProcess.freePort();
		String[] arguments = { "--atebol.embedded.bolt-port=" + boltPort, "--atebol.embedded.page-cache=32MB",
				"--atebol.editing.enabled=true", "--atebol.security.editors[0].username=" + OperationsIT.EDITOR,
				"--atebol.security.editors[0].password-hash=" + OperationsIT.HASH,
				"--logging.structured.format.console=ecs", "--atebol.readiness.warm-up=true",
				"--atebol.limits.query-timeout=60s" };
		String auth = Base64.getEncoder()
			.encodeToString((OperationsIT.EDITOR + ":" + OperationsIT.PASSWORD).getBytes(StandardCharsets.UTF_8));
		Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
		try (ServiceProcess first = ServiceProcess.start(dataDir, ServiceProcess.freePort(), logs.resolve("first.log"),
				arguments)) {
			first.awaitAnswer(Duration.ofMinutes(10));
			AtomicBoolean running = new AtomicBoolean(true);
			Thread editor = Thread.ofVirtual().start(() -> {
				for (int n = 1; running.get(); n++) {
					String id = "crash-it-" + n;
					if (version(first.post(CREATE.formatted(id, n), auth), "createEntity") == 1) {
						acknowledged.put(id, 1);
						for (int v = 1; v < 3 && running.get(); v++) {
							if (version(first.post(UPDATE.formatted(id, v, v + 1), auth), "updateEntity") == v + 1) {
								acknowledged.put(id, v + 1);
							}
						}
					}
				}
			});
			long started = System.nanoTime();
			while (acknowledged.size() < 6 && System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
				Thread.sleep(100);
			}
			first.kill();
			running.set(false);
			editor.join();
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(6);
			assertThat(first.log().lines().filter(line -> line.startsWith("{")).count()).isGreaterThan(10);
			assertThat(first.log().lines().filter(line -> line.contains("Atebol is ready")))
				.allSatisfy(line -> assertThat(line).startsWith("{\"@timestamp\""));
		}
		try (ServiceProcess second = ServiceProcess.start(dataDir, ServiceProcess.freePort(),
				logs.resolve("second.log"), arguments)) {
			Duration recovery = second.awaitAnswer(Duration.ofMinutes(10));
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none())) {
				List<Map<String, Object>> entities = driver.executableQuery("""
						MATCH (e:Entity) WHERE e.id STARTS WITH 'crash-it-'
						RETURN e.id AS id, e.version AS version, e.description AS description,
							COUNT { (:EntityRevision)-[:REVISION_OF]->(e) } AS revisions
						""").execute().records().stream().map(r -> r.asMap()).toList();
				Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
				entities.forEach(e -> byId.put((String) e.get("id"), e));
				acknowledged.forEach((id, version) -> assertThat(byId).containsKey(id)
					.extractingByKey(id)
					.satisfies(
							e -> assertThat(((Number) e.get("version")).intValue()).isGreaterThanOrEqualTo(version)));
				assertThat(entities).allSatisfy(e -> {
					long version = ((Number) e.get("version")).longValue();
					assertThat(e.get("description")).isEqualTo("edit " + version);
					assertThat(((Number) e.get("revisions")).longValue()).isEqualTo(version - 1);
				});
			}
			System.out.printf(
					"Crash: %d entities acknowledged before SIGKILL, all there; restart to first answer %d ms%n",
					acknowledged.size(), recovery.toMillis());
			assertThat(second.terminate(Duration.ofSeconds(60))).isEqualTo(143);
			assertThat(second.log()).contains("Embedded Neo4j shut down");
		}
	}

	private static int version(String body, String field) {
		if (!body.startsWith("{")) {
			return -1;
		}
		try {
			Map<String, Object> answer = JsonParserFactory.getJsonParser().parseMap(body);
			if (answer.get("errors") != null || !(answer.get("data") instanceof Map<?, ?> data)
					|| !(data.get(field) instanceof Map<?, ?> payload)
					|| !(payload.get("entity") instanceof Map<?, ?> entity)) {
				return -1;
			}
			return ((Number) entity.get("version")).intValue();
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

}
