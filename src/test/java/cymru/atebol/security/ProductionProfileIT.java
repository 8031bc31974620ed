package cymru.atebol.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cymru.atebol.CountingDriver;
import cymru.atebol.Health;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile with nothing else configured: no developer tools, read-only, health
 * without details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = ProbeApi.SCHEMA)
@ActiveProfiles("prod")
@Import({ ProbeApi.class, CountingDriver.Config.class })
@AutoConfigureWebTestClient
class ProductionProfileIT {

	@Autowired
	WebTestClient http;

	@Autowired
	CountingDriver database;

	private WebTestClient.BodyContentSpec post(String document) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	@Test
	void shouldRefuseIntrospectionButAnswerQueries() {
		post("{ __schema { types { name } } }").jsonPath("$.errors[0].message")
			.value(String.class, message -> assertThat(message).containsIgnoringCase("introspection"))
			.jsonPath("$.data.__schema")
			.doesNotExist();
		post("{ __typename probeCount }").jsonPath("$.data.__typename").isEqualTo("Query");
	}

	@Test
	void shouldServeNeitherGraphiQlNorTheSchemaFile() {
		this.http.get().uri("/graphiql").exchange().expectStatus().isNotFound();
		this.http.get().uri("/graphql/schema").exchange().expectStatus().isNotFound();
	}

	@Test
	void shouldRefuseEditsBecauseEditingIsOffByDefault() {
		this.database.reset();
		post("mutation { recordProbe(note: \"x\") { id } }").jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Editing is switched off on this service (atebol.editing.enabled=false).");
		assertThat(this.database.count()).isZero();
	}

	@Test
	void shouldReportHealthToEveryoneButItsDetailsToEditorsOnly() {
		Health.up(this.http).jsonPath("$.components").doesNotExist();
	}

	@Test
	void shouldKeepMetricsFromCallersWithoutTheMetricsRole() {
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isIn(401, 403));
	}

}
