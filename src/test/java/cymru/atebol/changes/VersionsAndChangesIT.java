package cymru.atebol.changes;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.CountingDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citable versions and the change feed on a real graph: an export asked at a past record
 * time is the same, byte for byte, after later edits; every export names its version,
 * licence and citation; the version list's checksums are those of the URLs it names; the
 * feed shows an edit's old and new values, in order, page by page, in a bounded number of
 * statements; a bad {@code since} is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atebol.seed.location=classpath:seed-fixture/", "atebol.editing.enabled=true",
				"atebol.security.editors[0].username=" + VersionsAndChangesIT.EDITOR,
				"atebol.security.editors[0].password-hash=" + VersionsAndChangesIT.HASH })
@org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester
@org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient
@Import(CountingDriver.Config.class)
class VersionsAndChangesIT {

	static final String EDITOR = "alice";

	static final String PASSWORD = "edit-test passphrase";

	/** BCrypt (cost 4) of {@link #PASSWORD}. */
	static final String HASH = "$2a$04$0K9OkDWC4SXU.1rL3RZG8.FqHPQ95uJvmynTgcSvzEAo1I.dmXyXS";

	private static final Map<String, Object> SOURCE = Map.of("url", "https://example.org/versions-test", "title",
			"A page cited by the versions test", "publisher", "Example");

	private static final List<String> EXPORTS = List.of("/export/2019-04-01.graphml", "/export/2019-04-01.gexf",
			"/export/2019-04-01.nodelink.json", "/export/2019-04-01.csv", "/export/2019-04-01/entities.csv",
			"/export/2019-04-01/events.csv", "/export/2019-04-01.jsonld", "/export/sources.csv", "/export/history.gexf",
			"/export/history/spells.csv", "/export/history/vertex-spells.csv");

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	CountingDriver driver;

	@Autowired
	JsonMapper json;

	HttpGraphQlTester editor;

	@BeforeEach
	void setUp() {
		this.http = this.http.mutate().responseTimeout(Duration.ofSeconds(120)).build();
		this.anonymous = this.anonymous.mutate()
			.webTestClient((c) -> c.responseTimeout(Duration.ofSeconds(120)))
			.build();
		this.editor = this.anonymous.mutate().headers((h) -> h.setBasicAuth(EDITOR, PASSWORD)).build();
	}

	@Test
	void shouldGiveTheSameBytesForAPastRecordTimeAfterAnEdit() {
		String before = get("/export/2019-04-01.graphml").getResponseHeaders().getFirst("Atebol-Recorded-At");
		Map<String, byte[]> first = new LinkedHashMap<>();
		for (String export : EXPORTS) {
			first.put(export, get(export + "?recordedAsOf=" + before).getResponseBody());
		}
		create("test-versions-bytes", "Versions Bytes Board");
		for (String export : EXPORTS) {
			EntityExchangeResult<byte[]> again = get(export + "?recordedAsOf=" + before);
			assertThat(again.getResponseBody()).as(export).isEqualTo(first.get(export));
			assertThat(again.getResponseHeaders().getFirst("Atebol-Recorded-At")).as(export).isEqualTo(before);
		}
		assertThat(text(get("/export/history/vertex-spells.csv"))).contains("test-versions-bytes");
		assertThat(new String(first.get("/export/history/vertex-spells.csv"))).doesNotContain("test-versions-bytes");
		assertThat(new String(first.get("/export/sources.csv"))).doesNotContain("versions-test");
		assertThat(text(get("/export/sources.csv"))).contains("https://example.org/versions-test");
	}

	@Test
	void shouldNameVersionLicenceAndCitationInEveryExport() {
		for (String export : EXPORTS) {
			EntityExchangeResult<byte[]> result = get(export);
			HttpHeaders headers = result.getResponseHeaders();
			String version = headers.getFirst("Atebol-Dataset-Version");
			String recordedAt = headers.getFirst("Atebol-Recorded-At");
			assertThat(version).as(export).matches("\\d+");
			assertThat(headers.getFirst("Atebol-Licence")).as(export).isEqualTo("Open Government Licence v3.0");
			assertThat(headers.getFirst("Atebol-Citation")).as(export)
				.startsWith("Atebol: the governance of health and care in Wales, version " + version + ", recorded "
						+ recordedAt + ". http://localhost:")
				.contains(export + "?recordedAsOf=" + recordedAt);
			assertThat(headers.getFirst(HttpHeaders.LINK)).as(export)
				.contains(
						"<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>; rel=\"license\"")
				.contains(export + "?recordedAsOf=" + recordedAt + ">; rel=\"cite-as\"");
			assertThat(headers.getETag()).as(export).isNotNull();
			assertThat(this.http.get()
				.uri(export)
				.header(HttpHeaders.IF_NONE_MATCH, headers.getETag())
				.exchange()
				.returnResult(byte[].class)
				.getStatus()).as(export).isEqualTo(HttpStatus.NOT_MODIFIED);
			if (!export.endsWith(".csv")) {
				assertThat(text(result)).as(export)
					.contains("Open Government Licence v3.0")
					.contains(recordedAt)
					.contains("version " + version + ", recorded " + recordedAt);
			}
		}
		assertThat(text(get("/export/2019-04-01.graphml")))
			.contains("<data key=\"g_licence\">Open Government Licence v3.0</data>");
		assertThat(text(get("/export/2019-04-01.nodelink.json"))).contains("\"licenceUrl\":");
		assertThat(text(get("/export/2019-04-01.jsonld"))).contains("\"dct:hasVersion\"")
			.contains("\"dct:bibliographicCitation\"");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldListTheVersionsInOrderWithTheChecksumsOfTheirUrls() throws Exception {
		create("test-versions-list", "Versions List Board");
		Map<String, Object> manifest = this.json.readValue(get("/export/versions.json").getResponseBody(), Map.class);
		List<Map<String, Object>> versions = (List<Map<String, Object>>) manifest.get("versions");
		assertThat(versions.get(0)).containsEntry("id", 1)
			.containsEntry("kind", "SEED_LOAD")
			.containsEntry("recordedBy", "seed")
			.containsEntry("operation", "seedLoad");
		for (int i = 0; i < versions.size(); i++) {
			assertThat(versions.get(i)).containsEntry("id", i + 1);
			if (i > 0) {
				assertThat((String) versions.get(i).get("recordedAt"))
					.isGreaterThanOrEqualTo((String) versions.get(i - 1).get("recordedAt"));
			}
		}
		Map<String, Object> last = versions.get(versions.size() - 1);
		assertThat(last).containsEntry("kind", "EDIT")
			.containsEntry("recordedBy", EDITOR)
			.containsEntry("operation", "createEntity");
		for (Map<String, Object> version : List.of(versions.get(0), last)) {
			URI url = URI.create((String) version.get("checksumUrl"));
			assertThat(url.getPath()).isEqualTo("/export/history.gexf");
			byte[] body = get(url.getPath() + "?" + url.getQuery()).getResponseBody();
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
				.isEqualTo(version.get("sha256"));
		}
		assertThat(manifest).containsEntry("licence", "Open Government Licence v3.0")
			.containsEntry("version", String.valueOf(last.get("id")));
	}

	@Test
	void shouldFeedAnEditsOldAndNewValuesInOrderPageByPage() {
		String since = get("/export/versions.json").getResponseHeaders().getFirst("Atebol-Recorded-At");
		create("test-versions-feed", "Versions Feed Board");
		this.editor.document("""
				mutation U($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { version } } }
				""")
			.variable("input",
					Map.of("id", "test-versions-feed", "expectedVersion", 1, "description", "Feeds the tests.",
							"sources", List.of(Map.of("sourceId", "seed-000", "section", "Feed"))))
			.execute()
			.path("updateEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.editor.document("""
				mutation R($input: RenameEntityInput!) { renameEntity(input: $input) { entity { version } } }
				""")
			.variable("input",
					Map.of("id", "test-versions-feed", "expectedVersion", 2, "name", "Versions Feed Group", "date",
							"2025-04-01", "sources", List.of(Map.of("sourceId", "seed-000"))))
			.execute()
			.path("renameEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(3);
		String document = """
				query Feed($since: DateTime!, $after: String) {
				  recordChanges(since: $since, first: 1, after: $after) {
				    edges { cursor node {
				      version { number kind recordedBy operation }
				      sources { source { id } section }
				      changes { fact id change fields { field oldValue newValue } } } }
				    pageInfo { hasNextPage endCursor } } }
				""";
		this.driver.reset();
		GraphQlTester.Response created = this.anonymous.document(document).variable("since", since).execute();
		assertThat(this.driver.count()).as("statements for a page: versions, facts, sources").isLessThanOrEqualTo(3);
		created.path("recordChanges.edges[0].node.version.operation").entity(String.class).isEqualTo("createEntity");
		created.path("recordChanges.edges[0].node.changes[?(@.fact == 'ENTITY')].change")
			.entityList(String.class)
			.containsExactly("CREATED");
		created.path("recordChanges.edges[0].node.changes[?(@.fact == 'ENTITY')].fields[?(@.field == 'name')]")
			.entityList(Map.class)
			.containsExactly(fieldChange("name", null, "Versions Feed Board"));
		created.path("recordChanges.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = created.path("recordChanges.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response updated = this.anonymous.document(document)
			.variable("since", since)
			.variable("after", cursor)
			.execute();
		updated.path("recordChanges.edges[0].node.version.operation").entity(String.class).isEqualTo("updateEntity");
		updated.path("recordChanges.edges[0].node.version.recordedBy").entity(String.class).isEqualTo(EDITOR);
		updated.path("recordChanges.edges[0].node.changes[?(@.fact == 'ENTITY')]")
			.entityList(Map.class)
			.containsExactly(Map.of("fact", "ENTITY", "id", "test-versions-feed", "change", "UPDATED", "fields",
					List.of(fieldChange("description", null, "Feeds the tests."),
							fieldChange("sources", "web-" + webId(), "web-" + webId() + "; seed-000 § Feed"))));
		updated.path("recordChanges.edges[0].node.sources[*].source.id").entityList(String.class).contains("seed-000");
		String next = updated.path("recordChanges.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response renamed = this.anonymous.document(document)
			.variable("since", since)
			.variable("after", next)
			.execute();
		renamed.path("recordChanges.edges[0].node.version.operation").entity(String.class).isEqualTo("renameEntity");
		renamed.path("recordChanges.edges[0].node.changes[?(@.fact == 'ENTITY')].fields[?(@.field == 'name')]")
			.entityList(Map.class)
			.containsExactly(fieldChange("name", "Versions Feed Board", "Versions Feed Group"));
		renamed.path("recordChanges.edges[0].node.changes[?(@.fact == 'NAME')]")
			.entityList(Map.class)
			.satisfies((names) -> assertThat(names).singleElement()
				.satisfies((name) -> assertThat(name).containsEntry("id", "test-versions-feed@2024-09-01")
					.containsEntry("change", "CREATED")));
		renamed.path("recordChanges.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		List<String> lines = text(get("/export/changes.jsonl?since=" + since)).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains("\"operation\":\"updateEntity\"")
			.contains("{\"field\":\"description\",\"oldValue\":null,\"newValue\":\"Feeds the tests.\"}");
		assertThat(lines.get(2)).contains("\"operation\":\"renameEntity\"")
			.contains("{\"field\":\"name\",\"oldValue\":\"Versions Feed Board\",\"newValue\":\"Versions Feed Group\"}");
	}

	@Test
	void shouldRefuseABadSinceNamingIt() {
		this.anonymous.document("{ recordChanges(since: \"2026-02-30T00:00:00Z\") { pageInfo { hasNextPage } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getMessage()).contains("2026-02-30T00:00:00Z").contains("since")));
		this.http.get()
			.uri("/export/changes.jsonl?since=2026-02-30T00:00:00Z")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail)
				.startsWith("since: \"2026-02-30T00:00:00Z\" is not a date-time"));
		this.http.get()
			.uri("/export/changes.jsonl")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).startsWith("since is required"));
	}

	private static Map<String, Object> fieldChange(String field, String oldValue, String newValue) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("oldValue", oldValue);
		change.put("newValue", newValue);
		return change;
	}

	private static String webId() throws RuntimeException {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest("https://example.org/versions-test".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.substring(0, 12);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void create(String id, String name) {
		this.editor.document("""
				mutation C($input: CreateEntityInput!) { createEntity(input: $input) { entity { version } } }
				""")
			.variable("input",
					Map.of("id", id, "kind", "BOARD", "name", name, "validFrom", "2024-09", "sources", List.of(SOURCE)))
			.execute()
			.path("createEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	private EntityExchangeResult<byte[]> get(String uri) {
		return this.http.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
	}

	private static String text(EntityExchangeResult<byte[]> result) {
		return new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
