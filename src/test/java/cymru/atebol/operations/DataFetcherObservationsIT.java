package cymru.atebol.operations;

import java.time.Duration;
import java.util.Map;

import graphql.execution.instrumentation.ChainedInstrumentation;
import org.junit.jupiter.api.Test;

import cymru.atebol.HttpBodies;
import cymru.atebol.system.RequestLevelInstrumentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With data-fetcher observations switched on ({@code atebol.metrics.data-fetchers}),
 * every field is instrumented again and the fetches of every field that runs a controller
 * or loads from Neo4j are timed per field (fields read from what is already loaded are
 * not, as graphql-java's property fields never are); fields loaded in batches are timed
 * per batch load, and a data fetcher that reads through a DataLoader is not timed itself
 * (Spring for GraphQL's rule).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "atebol.metrics.data-fetchers=true")
@AutoConfigureWebTestClient
class DataFetcherObservationsIT {

	@Autowired
	GraphQlSource source;

	@Test
	void shouldObserveEveryDataFetcherWhenAskedTo(@Autowired WebTestClient http) {
		WebTestClient patient = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
		patient.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ accountabilityChain(from: \"cluster-north-powys\") { tops { name } } }"))
			.exchange()
			.expectStatus()
			.isOk();
		patient.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query",
					"{ entity(id: \"cluster-north-powys\") { name reportsTo { type sources { source { title } } } } }"))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(this.source.graphQl().getInstrumentation()).isInstanceOf(ChainedInstrumentation.class)
			.isNotInstanceOf(RequestLevelInstrumentation.class);
		assertThat(HttpBodies.get(patient, "/actuator/prometheus"))
			.containsPattern("graphql_datafetcher_seconds_count\\{[^}]*graphql_field_name=\"accountabilityChain\"")
			// fields read through a DataLoader are timed per batch load, by loader, and
			// the fetchers handing them work (entity, with its reportsTo) not at all
			.containsPattern("graphql_dataloader_seconds_count\\{[^}]*graphql_loader_name=\"Citation.source\"")
			.doesNotContainPattern("graphql_datafetcher_seconds_count\\{[^}]*graphql_field_name=\"entity\"")
			// fields read from what is loaded (properties, names on a date) are trivial:
			// never observed
			.doesNotContainPattern("graphql_datafetcher_seconds_count\\{[^}]*graphql_field_name=\"name\"");
	}

}
