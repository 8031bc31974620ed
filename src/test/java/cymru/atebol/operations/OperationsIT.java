package cymru.atebol.operations;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import cymru.atebol.Health;
import cymru.atebol.HttpBodies;
import cymru.atebol.system.RequestLevelInstrumentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics and probes of the running service: after a few queries, edits and refusals,
 * {@code /actuator/prometheus} shows each of them; liveness and readiness say what they
 * include.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atebol.editing.enabled=true", "atebol.security.editors[0].username=" + OperationsIT.EDITOR,
				"atebol.security.editors[0].password-hash=" + OperationsIT.HASH, "atebol.limits.max-depth=6",
				"atebol.readiness.warm-up=true", "atebol.limits.query-timeout=60s" })
@AutoConfigureWebTestClient
class OperationsIT {

	static final String EDITOR = "ops";

	static final String PASSWORD = "edit-test passphrase";

	/** BCrypt (cost 4) of {@link #PASSWORD}. */
	static final String HASH = "$2a$04$0K9OkDWC4SXU.1rL3RZG8.FqHPQ95uJvmynTgcSvzEAo1I.dmXyXS";

	private static final String CREATE = """
			mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id version } } }""";

	private static final String UPDATE = """
			mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id version } } }""";

	private WebTestClient http;

	@Autowired
	void patient(WebTestClient http) {
		// a busy machine answers slowly; the client's default of 5 s is too short for it
		this.http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
	}

	@Autowired
	Cache<String, String> testResponses;

	@Autowired
	WritePath writePath;

	@Autowired
	AnsweredRequests answered;

	@Test
	void shouldPublishQueriesEditsRefusalsCachesAndTheDriverPool() {
		post("{ entity(id: \"nhs-wales\") { name } }", Map.of(), false);
		post("{ accountabilityChain(from: \"cluster-north-powys\") { tops { name } } }", Map.of(), false);
		Map<String, Object> citation = Map.of("sourceId", "seed-000", "section", "metrics test");
		post(CREATE, Map.of("input", Map.of("id", "metrics-test-group", "kind", "GROUP", "name", "Metrics test group",
				"validFrom", "2024", "sources", List.of(citation))), true);
		post(UPDATE, Map.of("input", Map.of("id", "metrics-test-group", "expectedVersion", 7, "description", "stale",
				"sources", List.of(citation))), true);
		post(CREATE, Map.of("input", Map.of("id", "metrics-anonymous", "kind", "GROUP", "name", "Anonymous",
				"validFrom", "2024", "sources", List.of(citation))), false);
		post("{ entity(id: \"nhs-wales\") { reportsTo { to { reportsTo { to { reportsTo { to { reportsTo { to { name } } } } } } } } } }",
				Map.of(), false);
		this.testResponses.put("a", "b");
		this.testResponses.getIfPresent("a");
		this.testResponses.getIfPresent("missing");

		String metrics = HttpBodies.get(this.http, "/actuator/prometheus");
		assertThat(metrics).contains("graphql_root_field=\"entity\"")
			.contains("graphql_root_field=\"accountabilityChain\"")
			.containsPattern("atebol_edits_total\\{[^}]*kind=\"createEntity\",outcome=\"SUCCESS\"[^}]*} 1")
			.containsPattern("atebol_edits_total\\{[^}]*kind=\"updateEntity\",outcome=\"CONFLICT\"[^}]*} 1")
			.containsPattern("atebol_edits_total\\{[^}]*kind=\"createEntity\",outcome=\"UNAUTHORIZED\"[^}]*} 1")
			.containsPattern("atebol_refusals_total\\{[^}]*reason=\"atebol.limits.max-depth\"[^}]*} 1")
			.containsPattern("cache_gets_total\\{[^}]*cache=\"testResponses\"[^}]*result=\"hit\"[^}]*} 1")
			.containsPattern("cache_size\\{[^}]*cache=\"testResponses\"[^}]*} 1")
			.containsPattern("db_client_connection_count\\{[^}]*state=\"idle\"")
			.containsPattern("db_client_connection_max\\{")
			.contains("http_server_requests_seconds_bucket")
			.doesNotContain("graphql_datafetcher");
	}

	@Test
	void shouldCountTheDriverConnectionsInUse(@Autowired Driver driver) {
		try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
			tx.run("RETURN 1").consume();
			assertThat(HttpBodies.get(this.http, "/actuator/prometheus"))
				.containsPattern("db_client_connection_count\\{[^}]*state=\"used\"[^}]*} [1-9]");
		}
	}

	@Test
	void shouldLeaveFieldsUninstrumentedWhenNoInstrumentationWorksPerField(@Autowired GraphQlSource source) {
		assertThat(source.graphQl().getInstrumentation()).isInstanceOf(RequestLevelInstrumentation.class);
	}

	@Test
	void shouldAskSpringSecurityForNoObservations(@Autowired SecurityObservationSettings security) {
		assertThat(security.shouldObserveRequests()).as("the filter chain, filter by filter").isFalse();
		assertThat(security.shouldObserveAuthentications()).as("authentications").isFalse();
		assertThat(security.shouldObserveAuthorizations()).as("authorizations").isFalse();
	}

	/**
	 * With the request observation on (the default), an answered request is garbage: the
	 * Neo4j driver's pool observations used to keep it (its input, context and data
	 * loaders) reachable for the connection acquisition timeout, a minute.
	 */
	@Test
	void shouldLetGoOfEveryRequestOnceItIsAnswered() throws InterruptedException {
		for (int i = 0; i < 20; i++) {
			post("{ letGo%d: accountabilityChain(from: \"cluster-north-powys\") { tops { name } } }".formatted(i),
					Map.of(), false);
		}
		assertThat(this.answered.contexts).hasSize(20);
		long kept = 20;
		for (int attempt = 0; attempt < 50 && kept > 0; attempt++) {
			System.gc();
			Thread.sleep(100);
			kept = this.answered.contexts.stream().filter((context) -> context.get() != null).count();
		}
		assertThat(kept).as("answered requests still reachable").isZero();
	}

	@Test
	void shouldBeReadyWithNeo4jTheSeedAndTheWritePath() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.seed.details.hash")
			.exists()
			.jsonPath("$.components.writePath.details.writeTransactionMillis")
			.exists()
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP");
		Health.up(this.http, "/actuator/health/liveness");
	}

	@Test
	void shouldPlanEveryEditStatementInTheWarmUp() {
		// the edits, and the dataset version every edit bumps
		List<String> statements = CypherStatements.in(List.of("cymru.atebol.editing", "cymru.atebol.version"));
		assertThat(statements).hasSizeGreaterThan(15).allSatisfy(s -> assertThat(s).doesNotStartWith("EXPLAIN"));
		assertThat(this.writePath.warmUp()).isEqualTo(statements.size());
	}

	private void post(String document, Map<String, Object> variables, boolean signedIn) {
		this.http.post().uri("/graphql").headers(headers -> {
			if (signedIn) {
				headers.setBasicAuth(EDITOR, PASSWORD);
			}
		})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document, "variables", variables))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestCache {

		@Bean
		Cache<String, String> testResponses() {
			return Caffeine.newBuilder().maximumSize(10).recordStats().build();
		}

		@Bean
		AnsweredRequests answeredRequests() {
			return new AnsweredRequests();
		}

	}

	/**
	 * Weak references to the context of every request whose first field is an alias
	 * {@code letGo…}.
	 */
	static class AnsweredRequests implements Instrumentation {

		final List<WeakReference<GraphQLContext>> contexts = new CopyOnWriteArrayList<>();

		@Override
		public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
				InstrumentationState state) {
			if (parameters.getQuery().startsWith("{ letGo")) {
				this.contexts.add(new WeakReference<>(parameters.getGraphQLContext()));
			}
			return SimpleInstrumentationContext.noOp();
		}

	}

}
