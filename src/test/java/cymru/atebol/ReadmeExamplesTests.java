package cymru.atebol;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The README's example queries (src/test/resources/graphql-test) run on the fixture
 * graph, so the documents the README shows stay valid against the schema and answer what
 * they promise.
 */
@GraphQlFixtureTest
class ReadmeExamplesTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldAnswerWhoABodyIsAccountableTo() {
		GraphQlTester.Response response = this.graphQl.documentName("whoIsAccountable")
			.variable("id", "city-health-cluster")
			.execute();
		response.path("entity.reportsTo[0].to.id").entity(String.class).isEqualTo("swansea-bay-uhb");
		response.path("accountabilityChain.routes[0].steps[*].entity.name")
			.entityList(String.class)
			.containsExactly("Swansea Bay University Health Board", "Minister for Health and Social Services",
					"Senedd Cymru");
	}

	@Test
	void shouldDrawAnOrgChartOneLevelAtATime() {
		this.graphQl.documentName("orgChart")
			.variable("root", "strategic-programme-for-primary-care")
			.execute()
			.path("subgraph.nodes[?(@.depth == 1)].entity.kind")
			.entityList(String.class)
			.hasSize(6)
			.path("subgraph.edges")
			.entityList(Object.class)
			.hasSize(6);
	}

	@Test
	void shouldTraceHowTwoBodiesAreLinked() {
		this.graphQl.documentName("findByName")
			.variable("text", "City Health")
			.execute()
			.path("search[0].entity.id")
			.entity(String.class)
			.isEqualTo("city-health-cluster");
		this.graphQl.documentName("howAreTheyLinked")
			.variable("from", "city-health-cluster")
			.variable("to", "national-primary-care-board")
			.execute()
			.path("paths[0].steps[*].relationship.type")
			.entityList(String.class)
			.containsExactly("PART_OF", "MEMBER_OF");
	}

}
