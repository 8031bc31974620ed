package cymru.atebol.editing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.AtebolApplication;
import cymru.atebol.neo4j.EmbeddedNeo4j;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.version.DatasetVersion;
import cymru.atebol.version.DatasetVersionProperties;
import cymru.atebol.version.DatasetVersions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset version: bumped in the transaction of every edit (not by a refused one),
 * and so an edit reaches the next read at once on the instance that made it, and within
 * {@code atebol.dataset-version.max-lag} on another instance on the same database, cache
 * or not.
 */
@EditingServiceTest
class DatasetVersionIT {

	private static final Log logger = LogFactory.getLog(DatasetVersionIT.class);

	private static final String NAME = "query Name($id: ID!) { entity(id: $id) { id name version } }";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	WebTestClient http;

	@Autowired
	Graph graph;

	@Autowired
	DatasetVersions versions;

	@Autowired
	DatasetVersionProperties properties;

	@Autowired
	EmbeddedNeo4j neo4j;

	HttpGraphQlTester editor;

	@BeforeEach
	void signIn() {
		this.editor = Editor.signedIn(this.anonymous);
		this.http = this.http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@Test
	void shouldBumpTheVersionInTheTransactionOfAnEdit() {
		long before = stored();
		long seedLoads = seedLoads();
		create("test-version-board", "Test Version Board");
		long after = stored();
		assertThat(after).isEqualTo(before + 1);
		assertThat(this.versions.current()).map(DatasetVersion::number).contains(after);
		Map<String, Object> version = this.graph.read("""
				MATCH (v:DatasetVersion {number: $number})
				RETURN v {.kind, .operation, .recordedBy, .description, recorded: v.recordedAt IS NOT NULL} AS v
				""", Map.of("number", after), (r) -> r.get("v").asMap()).get(0);
		assertThat(version).containsEntry("kind", "EDIT")
			.containsEntry("operation", "createEntity")
			.containsEntry("recordedBy", Editor.NAME)
			.containsEntry("description", "test-version-board")
			.containsEntry("recorded", true);
		assertThat(seedLoads()).isEqualTo(seedLoads);
	}

	private long seedLoads() {
		return this.graph
			.read("MATCH (v:DatasetVersion {kind: 'SEED_LOAD'}) RETURN count(v) AS n", Map.of(),
					(r) -> r.get("n").asLong())
			.get(0);
	}

	@Test
	void shouldNotBumpTheVersionWhenAnEditIsRefused() {
		create("test-version-refused", "Test Refused Board");
		long before = stored();
		this.editor.document(MutationsIT.CREATE)
			.variable("input", MutationsIT.newEntity("test-version-refused", "Same Id Again", "2024"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("classification", "CONFLICT")));
		this.editor.document(MutationsIT.RENAME)
			.variable("input", rename("test-version-refused", 7, "A Stale Rename"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
		assertThat(stored()).isEqualTo(before);
		assertThat(this.graph.read("MATCH (v:DatasetVersion) RETURN max(v.number) AS n", Map.of(),
				(r) -> r.get("n").asLong()))
			.containsExactly(before);
	}

	@Test
	void shouldShowAnEditToTheNextReadOnThisInstanceAtOnce() {
		create("test-version-renamed", "Test Board Before");
		assertThat(name(this.http, "test-version-renamed")).isEqualTo("Test Board Before");
		assertThat(read(this.http, "test-version-renamed").getResponseHeaders().getFirst("X-Cache")).isEqualTo("hit");
		this.editor.document(MutationsIT.RENAME)
			.variable("input", rename("test-version-renamed", 1, "Test Board After"))
			.execute()
			.errors()
			.verify();
		EntityExchangeResult<byte[]> after = read(this.http, "test-version-renamed");
		assertThat(body(after)).contains("Test Board After");
		assertThat(after.getResponseHeaders().getFirst("X-Cache")).isEqualTo("miss");
	}

	@Test
	void shouldShowAnEditToAnotherInstanceOnTheSameDatabaseWithinTheBound() throws InterruptedException {
		create("test-version-elsewhere", "Test Board Here");
		URI bolt = this.neo4j.boltUri();
		try (ConfigurableApplicationContext other = new SpringApplication(AtebolApplication.class).run(
				"--spring.neo4j.uri=" + bolt, "--server.port=0", "--server.address=127.0.0.1",
				"--atebol.seed.load-on-startup=false", "--atebol.limits.query-timeout=60s")) {
			WebTestClient there = WebTestClient.bindToServer()
				.baseUrl("http://127.0.0.1:" + other.getEnvironment().getProperty("local.server.port"))
				.responseTimeout(Duration.ofSeconds(60))
				.build();
			assertThat(name(there, "test-version-elsewhere")).isEqualTo("Test Board Here");
			assertThat(read(there, "test-version-elsewhere").getResponseHeaders().getFirst("X-Cache")).isEqualTo("hit");
			this.editor.document(MutationsIT.RENAME)
				.variable("input", rename("test-version-elsewhere", 1, "Test Board There"))
				.execute()
				.errors()
				.verify();
			long acknowledged = System.nanoTime();
			Duration bound = this.properties.maxLag();
			String seen = name(there, "test-version-elsewhere");
			while (!seen.equals("Test Board There") && System.nanoTime() - acknowledged < bound.toNanos()) {
				Thread.sleep(20);
				seen = name(there, "test-version-elsewhere");
			}
			logger.info("The other instance answered the edit "
					+ Duration.ofNanos(System.nanoTime() - acknowledged).toMillis()
					+ " ms after it was acknowledged (bound: " + bound.toMillis() + " ms)");
			// whatever the timing, a read that starts once the bound has passed sees it
			long left = bound.toNanos() - (System.nanoTime() - acknowledged);
			if (left > 0) {
				Thread.sleep(Duration.ofNanos(left));
			}
			assertThat(name(there, "test-version-elsewhere")).isEqualTo("Test Board There");
		}
	}

	private long stored() {
		List<Long> numbers = this.graph.read("MATCH (d:Dataset {id: 'dataset'}) RETURN d.version AS n", Map.of(),
				(r) -> r.get("n").asLong());
		return numbers.isEmpty() ? 0 : numbers.get(0);
	}

	private void create(String id, String name) {
		this.editor.document(MutationsIT.CREATE)
			.variable("input", MutationsIT.newEntity(id, name, "2024"))
			.execute()
			.errors()
			.verify();
	}

	private static Map<String, Object> rename(String id, int expectedVersion, String name) {
		return Map.of("id", id, "expectedVersion", expectedVersion, "name", name, "date", "2025-01-01", "sources",
				List.of(MutationsIT.SEED_000));
	}

	private static EntityExchangeResult<byte[]> read(WebTestClient http, String id) {
		return http.get()
			.uri((uri) -> uri.path("/graphql")
				.queryParam("query", "{query}")
				.queryParam("variables", "{variables}")
				.build(NAME, "{\"id\":\"" + id + "\"}"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
	}

	private static String name(WebTestClient http, String id) {
		String body = body(read(http, id));
		int start = body.indexOf("\"name\":\"") + 8;
		return body.substring(start, body.indexOf('"', start));
	}

	private static String body(EntityExchangeResult<byte[]> result) {
		return new String(result.getResponseBody(), StandardCharsets.UTF_8);
	}

}
