package cymru.atebol;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The whole service over HTTP, on its embedded Neo4j: GraphQL, GraphiQL and health. */
@SeededServiceTest
class ServiceIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Test
	void shouldAnswerGraphQlOverHttp() {
		this.graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
	}

	@Test
	void shouldReportNeo4jInHealth() {
		Health.up(this.http)
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.details.edition")
			.exists();
	}

	@Test
	void shouldServeGraphiQl() {
		this.http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
	}

}
