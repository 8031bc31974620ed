package cymru.atebol.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cymru.atebol.CountingDriver;
import cymru.atebol.neo4j.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service over HTTP on its embedded Neo4j, with editing on, a local editor
 * account and a (test) identity provider: who may edit, and that every refused request,
 * whether for who sent it or for what it asks, is answered without a single query
 * reaching Neo4j.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ProbeApi.SCHEMA, "atebol.editing.enabled=true",
				"atebol.security.jwt.roles-claim=realm_access.roles",
				"atebol.security.jwt.username-claim=preferred_username", "atebol.limits.query-timeout=5s",
				"spring.graphql.cors.allowed-origins=https://front.example", "spring.graphql.cors.allowed-methods=POST",
				"spring.graphql.cors.allowed-headers=Content-Type,Authorization" })
@Import({ ProbeApi.class, CountingDriver.Config.class, JwtTestKeys.class })
@AutoConfigureWebTestClient
class GuardIT {

	private static final String PASSWORD = "alice's long passphrase";

	/** Both keys here: Boot binds an indexed list from one property source only. */
	@DynamicPropertySource
	static void editorAccount(DynamicPropertyRegistry registry) {
		registry.add("atebol.security.editors[0].username", () -> "alice");
		registry.add("atebol.security.editors[0].password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
	}

	private static final String RECORD = "mutation Record($note: String!) { recordProbe(note: $note) { id note } }";

	@Autowired
	WebTestClient http;

	@Autowired
	CountingDriver database;

	@Autowired
	Graph graph;

	@BeforeEach
	void longerResponseTimeout() {
		this.http = this.http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	private WebTestClient.ResponseSpec post(String document, Map<String, Object> variables,
			Consumer<HttpHeaders> headers) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.headers(headers)
			.bodyValue(Map.of("query", document, "variables", variables))
			.exchange();
	}

	private WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response, String classification) {
		return response.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo(classification)
			.jsonPath("$.data")
			.doesNotExist();
	}

	private static Consumer<HttpHeaders> anonymous() {
		return headers -> {
		};
	}

	private static Consumer<HttpHeaders> alice() {
		return headers -> headers.setBasicAuth("alice", PASSWORD);
	}

	private static Consumer<HttpHeaders> bearer(String token) {
		return headers -> headers.setBearerAuth(token);
	}

	private long nodes() {
		return this.graph.read("MATCH (n) RETURN count(n) AS count", Map.of(), r -> r.get("count").asLong()).get(0);
	}

	@Test
	void shouldRefuseAnAnonymousMutationBeforeItReachesNeo4j() {
		long before = nodes();
		this.database.reset();
		refused(post(RECORD, Map.of("note", "anonymous"), anonymous()), "UNAUTHORIZED").jsonPath("$.errors[0].message")
			.isEqualTo("Mutations need a signed-in editor: sign in with an editor account (HTTP Basic) or send a "
					+ "bearer token with the EDITOR role.");
		assertThat(this.database.count()).isZero();
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAMutationFromASignedInUserWithoutTheEditorRole() {
		String reader = JwtTestKeys.token("u-bob",
				Map.of("preferred_username", "bob", "realm_access", Map.of("roles", List.of("reader"))));
		this.database.reset();
		refused(post(RECORD, Map.of("note", "reader"), bearer(reader)), "FORBIDDEN").jsonPath("$.errors[0].message")
			.isEqualTo("'bob' is signed in but does not have the EDITOR role, which mutations need.");
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldRefuseARealEditFromASignedInUserWithoutTheEditorRole() {
		String reader = JwtTestKeys.token("u-bob",
				Map.of("preferred_username", "bob", "realm_access", Map.of("roles", List.of("reader"))));
		this.database.reset();
		refused(post("""
				mutation { updateEntity(input: {id: "heiw", expectedVersion: 1, note: "bob was here",
				  sources: [{sourceId: "seed-000"}]}) { entity { version } } }
				""", Map.of(), bearer(reader)), "FORBIDDEN").jsonPath("$.errors[0].message")
			.isEqualTo("'bob' is signed in but does not have the EDITOR role, which mutations need.");
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldLetALocalEditorEditAndRecordWhoDidIt() {
		post(RECORD, Map.of("note", "from alice"), alice()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.recordProbe.note")
			.isEqualTo("from alice");
		assertThat(recordedBy("from alice")).containsExactly("alice");
	}

	@Test
	void shouldLetAnEditorFromTheIdentityProviderEdit() {
		String editor = JwtTestKeys.token("u-carol",
				Map.of("preferred_username", "carol", "realm_access", Map.of("roles", List.of("editor"))));
		post(RECORD, Map.of("note", "from carol"), bearer(editor)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.recordProbe.note")
			.isEqualTo("from carol");
		assertThat(recordedBy("from carol")).containsExactly("carol");
	}

	private List<String> recordedBy(String note) {
		return this.graph.read("MATCH (p:Probe {note: $note}) RETURN p.recordedBy AS by", Map.of("note", note),
				r -> r.get("by").asString());
	}

	@Test
	void shouldAnswer401ToAWrongPasswordEvenForAPublicRead() {
		this.database.reset();
		post("{ probeCount }", Map.of(), headers -> headers.setBasicAuth("alice", "guess")).expectStatus()
			.isUnauthorized();
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldAnswer401ToAnExpiredOrForgedToken() {
		Map<String, Object> editorClaims = Map.of("realm_access", Map.of("roles", List.of("editor")));
		String expired = JwtTestKeys.token("u-carol", editorClaims, Instant.now().minusSeconds(120));
		post(RECORD, Map.of("note", "expired"), bearer(expired)).expectStatus().isUnauthorized();
		String valid = JwtTestKeys.token("u-carol", editorClaims);
		String[] parts = valid.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		post(RECORD, Map.of("note", "forged"), bearer(forged)).expectStatus().isUnauthorized();
		assertThat(recordedBy("expired")).isEmpty();
		assertThat(recordedBy("forged")).isEmpty();
	}

	@Test
	void shouldNeverStartASessionNorSetACookie() {
		post("{ probeCount }", Map.of(), anonymous()).expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
		post("{ probeCount }", Map.of(), headers -> headers.setBasicAuth("alice", "guess")).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		post(RECORD, Map.of("note", "no session"), alice()).expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		this.http.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void shouldRunNoFilterForSignInPagesLogoutsOrTheServletApi(@Autowired List<SecurityFilterChain> chains) {
		List<String> filters = chains.stream()
			.flatMap((chain) -> chain.getFilters().stream())
			.map((filter) -> filter.getClass().getSimpleName())
			.toList();
		assertThat(filters).contains("BasicAuthenticationFilter", "BearerTokenAuthenticationFilter", "CorsFilter",
				"AuthorizationFilter");
		assertThat(filters).doesNotContain("LogoutFilter", "RequestCacheAwareFilter",
				"SecurityContextHolderAwareRequestFilter", "DefaultLoginPageGeneratingFilter");
	}

	@Test
	void shouldLetAnyoneRead() {
		post("{ probeCount }", Map.of(), anonymous()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.probeCount")
			.isNumber();
	}

	static Stream<Named<String>> tooMuch() {
		return Stream.of(Named.of("too deep", "{ probes { " + "nested { ".repeat(12) + "id" + " }".repeat(13) + " }"),
				Named.of("too complex",
						"{ probes(first: 100) { children(first: 100) { children(first: 100) { id } } } }"),
				Named.of("page too large", "{ probes(first: 201) { id } }"),
				Named.of("too many fields", fragmentBomb(14)),
				Named.of("document too large", "{ probes { id } }" + " ".repeat(16 * 1024)));
	}

	/**
	 * Fragments that spread the next one twice: 2^levels probes from a few hundred bytes.
	 */
	static String fragmentBomb(int levels) {
		StringBuilder document = new StringBuilder("{ ...F0 }\n");
		for (int i = 0; i < levels; i++) {
			document.append("fragment F%d on Query { ...F%d ...F%d }\n".formatted(i, i + 1, i + 1));
		}
		return document.append("fragment F%d on Query { probes { id } }\n".formatted(levels)).toString();
	}

	@ParameterizedTest
	@MethodSource("tooMuch")
	void shouldRefuseTooMuchBeforeItReachesNeo4j(String document) {
		this.database.reset();
		refused(post(document, Map.of(), anonymous()), "BAD_REQUEST").jsonPath("$.errors[0].message")
			.value(String.class, message -> assertThat(message).containsPattern("\\(atebol\\.limits\\.[a-z-]+\\)"));
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldCountTheQueryOfAnAcceptableRequest() {
		this.database.reset();
		post("{ probes(first: 2) { nested { nested { id } } } }", Map.of(), anonymous()).expectBody()
			.jsonPath("$.data.probes[1].nested.nested.id")
			.isEqualTo("2.n.n");
		assertThat(this.database.count()).isEqualTo(1);
	}

	@Test
	void shouldRefuseOversizedVariablesBeforeItReachesNeo4j() {
		this.database.reset();
		refused(post("query Echo($text: String!) { echo(text: $text) }", Map.of("text", "x".repeat(70_000)),
				anonymous()), "BAD_REQUEST")
			.jsonPath("$.errors[0].message")
			.isEqualTo(
					"The variables are 70011 bytes, more than the maximum of 65536 (atebol.limits.max-variables-bytes).");
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldAnswer413ToAnOversizedBodyBeforeReadingIt() {
		this.database.reset();
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ probeCount }", "variables", Map.of("padding", "x".repeat(400_000))))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(String.class,
					message -> assertThat(message).startsWith("The request body is 400")
						.contains("atebol.limits.max-document-bytes"))
			// the shape of every limit refusal, in this order
			.consumeWith((result) -> assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
				.containsPattern(
						"\"extensions\":\\{\"limit\":\"[^\"]+\",\"maximum\":\\d+,\"actual\":\\d+,\"classification\":\"BAD_REQUEST\"}"));
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldNotRunARequestABrowserCouldSendCrossSiteWithoutAsking() {
		// A cross-site HTML form can post text/plain or form data with the
		// browser's cached Basic credentials, but never JSON; /graphql ignores
		// anything but JSON, so CSRF needs no token.
		this.database.reset();
		for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED)) {
			this.http.post()
				.uri("/graphql")
				.contentType(type)
				.headers(alice())
				.bodyValue("{\"query\":\"mutation { recordProbe(note: \\\"csrf\\\") { id } }\"}")
				.exchange()
				.expectStatus()
				.is4xxClientError();
		}
		assertThat(this.database.count()).isZero();
		assertThat(recordedBy("csrf")).isEmpty();
	}

	@Test
	void shouldAllowConfiguredOriginsOnly() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://front.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://front.example");
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void shouldAnswerAPostFromAConfiguredOriginOnly() {
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://front.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://front.example")
			.expectBody()
			.jsonPath("$.data.__typename")
			.isEqualTo("Query");
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void shouldKeepHealthPublicAndOtherActuatorEndpointsForEditors() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/info").exchange().expectStatus().isUnauthorized();
		this.http.get().uri("/actuator/info").headers(alice()).exchange().expectStatus().isOk();
		this.http.post().uri("/anything-else").headers(alice()).exchange().expectStatus().isForbidden();
		this.http.delete().uri("/graphql").headers(alice()).exchange().expectStatus().isForbidden();
	}

	@Test
	void shouldStopASlowDatabaseQueryAtTheTransactionTimeout() {
		long started = System.nanoTime();
		refusedAtPath(post("{ slowProbe }", Map.of(), anonymous()), "TIMEOUT").jsonPath("$.errors[0].message")
			.isEqualTo("The database query took longer than the maximum of 5s (atebol.query.timeout) and was "
					+ "stopped; ask for less.");
		// The probe's own transaction timeout (1 s) stopped it, well before the
		// service's 5 s.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void shouldAnswerARequestThatRunsTooLongWithATimeout() {
		long started = System.nanoTime();
		refused(post("{ sleepProbe(millis: 10000) }", Map.of(), anonymous()), "TIMEOUT").jsonPath("$.errors[0].message")
			.isEqualTo("The request took longer than the maximum of 5s (atebol.limits.query-timeout) and was "
					+ "stopped; ask for less.")
			// the limit, its maximum and the classification, in that order in every run
			.consumeWith((result) -> assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
				.contains(
						"\"extensions\":{\"limit\":\"atebol.limits.query-timeout\",\"maximum\":\"5s\",\"classification\":\"TIMEOUT\"}"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(5),
				Duration.ofSeconds(9));
	}

	@Test
	void shouldStopADatabaseQueryStillRunningAtTheRequestDeadline() throws InterruptedException {
		long started = System.nanoTime();
		refused(post("{ patientSlowProbe }", Map.of(), anonymous()), "TIMEOUT").jsonPath("$.errors[0].message")
			.isEqualTo("The request took longer than the maximum of 5s (atebol.limits.query-timeout) and was "
					+ "stopped; ask for less.");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(5),
				Duration.ofSeconds(9));
		// Its own transaction timeout was a minute: the deadline stopped it in Neo4j too.
		long stillRunning = slowProbesRunning();
		for (int i = 0; i < 50 && stillRunning > 0; i++) {
			Thread.sleep(100);
			stillRunning = slowProbesRunning();
		}
		assertThat(stillRunning).isZero();
		// and the service answers the next query as usual
		post("{ echo(text: \"still here\") }", Map.of(), anonymous()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.echo")
			.isEqualTo("still here");
	}

	private long slowProbesRunning() {
		return this.graph.read("""
				SHOW TRANSACTIONS YIELD currentQuery
				WHERE currentQuery CONTAINS $marker
				RETURN count(*) AS running
				""", Map.of("marker", "range(1, 2000000000)"), (r) -> r.get("running").asLong()).get(0);
	}

	private WebTestClient.BodyContentSpec refusedAtPath(WebTestClient.ResponseSpec response, String classification) {
		return response.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo(classification)
			.jsonPath("$.errors[0].path[0]")
			.isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("cymru.atebol.security.HostileStrings#all")
	void shouldPassHostileStringsToCypherOnlyAsParameters(String hostile) {
		long before = nodes();
		this.database.reset();
		for (var response : List.of(
				post("query Echo($text: String!) { echo(text: $text) }", Map.of("text", hostile), anonymous()),
				post("{ echo(text: " + HostileStrings.graphQlLiteral(hostile) + ") }", Map.of(), anonymous()))) {
			var body = response.expectStatus().isOk().expectBody();
			if (hostile.equals(HostileStrings.HUGE)) {
				body.jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
			}
			else {
				body.jsonPath("$.errors").doesNotExist().jsonPath("$.data.echo").isEqualTo(hostile);
			}
		}
		// The Cypher text never changes with the input: the string travelled as a
		// parameter.
		assertThat(this.database.cypher()).hasSize(hostile.equals(HostileStrings.HUGE) ? 0 : 2)
			.allMatch("RETURN $text AS text"::equals);
		assertThat(nodes()).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("cymru.atebol.security.HostileStrings#all")
	void shouldStoreHostileStringsExactlyAsGiven(String hostile) {
		long before = nodes();
		var response = post(RECORD, Map.of("note", hostile), alice());
		if (hostile.equals(HostileStrings.HUGE)) {
			refused(response, "BAD_REQUEST");
			assertThat(nodes()).isEqualTo(before);
			return;
		}
		response.expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist();
		assertThat(this.graph.read("MATCH (p:Probe {recordedBy: 'alice'}) WHERE p.note = $note RETURN p.note AS note",
				Map.of("note", hostile), r -> r.get("note").asString()))
			.contains(hostile);
		assertThat(nodes()).isEqualTo(before + 1);
	}

}
