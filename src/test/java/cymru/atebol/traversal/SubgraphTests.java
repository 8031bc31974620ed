package cymru.atebol.traversal;

import org.junit.jupiter.api.Test;

import cymru.atebol.OneError;
import cymru.atebol.CountingDriver;
import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Org-chart subgraphs: flat nodes with depths and edges, grown from a root on a date. */
@GraphQlFixtureTest
class SubgraphTests {

	// language=GraphQL
	private static final String SUBGRAPH = """
			query ($root: ID!, $direction: Direction, $depth: Int, $types: [RelationType!], $asOf: Date, $limit: Int) {
			  subgraph(root: $root, direction: $direction, depth: $depth, types: $types, asOf: $asOf, limit: $limit) {
			    nodes { entity { id } depth hasChildren }
			    edges { type from { id } to { id } }
			    truncated
			  }
			}
			""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CountingDriver queries;

	@Test
	void shouldHoldTheSixWorkStreamsBelowTheProgrammeInOneQuery() {
		this.queries.reset();
		GraphQlTester.Response response = this.graphQl.document(SUBGRAPH)
			.variable("root", "strategic-programme-for-primary-care")
			.execute();
		assertThat(this.queries.count()).isEqualTo(1);
		response.path("subgraph.nodes[0]")
			.matchesJsonStrictly(
					"{ \"entity\": { \"id\": \"strategic-programme-for-primary-care\" }, \"depth\": 0, \"hasChildren\": true }");
		response.path("subgraph.nodes[?(@.depth == 1)].entity.id")
			.entityList(String.class)
			.containsExactly("sppc-24-7-model", "sppc-communication-and-engagement", "sppc-data-and-digital-technology",
					"sppc-prevention-and-wellbeing", "sppc-transformation-and-vision-for-clusters",
					"sppc-workforce-and-organisational-development");
		response.path("subgraph.nodes[?(@.depth == 1)].hasChildren")
			.entityList(Boolean.class)
			.satisfies((flags) -> assertThat(flags).containsOnly(false));
		response.path("subgraph.edges[*].type").entityList(String.class).hasSize(6);
		response.path("subgraph.edges[*].to.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsOnly("strategic-programme-for-primary-care"));
		response.path("subgraph.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldGrowBreadthFirstAndKeepEveryEdgeBetweenItsNodes() {
		GraphQlTester.Response response = this.graphQl.document(SUBGRAPH)
			.variable("root", "minister-for-health-and-social-services")
			.variable("depth", 2)
			.execute();
		response.path("subgraph.nodes[?(@.depth == 1)].entity.id")
			.entityList(String.class)
			.containsExactly("cwm-taf-morgannwg-uhb", "llais", "nhs-wales-executive", "public-health-wales",
					"swansea-bay-uhb", "west-glamorgan-rpb");
		response.path("subgraph.nodes[?(@.depth == 2)].entity.id")
			.entityList(String.class)
			.contains("bridgend-north-cluster", "swansea-bay-pcpg", "neath-cluster")
			.doesNotContain("nhs-wales-executive");
		response.path("subgraph.edges[?(@.from.id == 'nhs-wales-executive')].to.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("public-health-wales",
					"minister-for-health-and-social-services"));
		response.path("subgraph.edges[?(@.from.id == 'swansea-bay-pcpg')].to.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("swansea-bay-uhb", "west-glamorgan-rpb"));
	}

	@Test
	void shouldIgnoreRelationshipsNotValidOnTheDate() {
		this.graphQl.document(SUBGRAPH)
			.variable("root", "cwm-taf-morgannwg-uhb")
			.variable("asOf", "2018-06-01")
			.execute()
			.path("subgraph.nodes[*].entity.id")
			.entityList(String.class)
			.containsExactly("cwm-taf-morgannwg-uhb");
		this.graphQl.document(SUBGRAPH)
			.variable("root", "cwm-taf-morgannwg-uhb")
			.variable("asOf", "2020-06-01")
			.execute()
			.path("subgraph.nodes[*].entity.id")
			.entityList(String.class)
			.containsExactly("cwm-taf-morgannwg-uhb", "bridgend-north-cluster");
	}

	/** The nearest entities are kept; which of equally near ones is not specified. */
	@Test
	void shouldCutAtTheLimitAndSaySo() {
		GraphQlTester.Response response = this.graphQl.document(SUBGRAPH)
			.variable("root", "minister-for-health-and-social-services")
			.variable("depth", 3)
			.variable("limit", 4)
			.execute();
		response.path("subgraph.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("subgraph.nodes[*].depth").entityList(Integer.class).containsExactly(0, 1, 1, 1);
		response.path("subgraph.nodes[*].entity.id").entityList(String.class).satisfies((ids) -> {
			assertThat(ids.get(0)).isEqualTo("minister-for-health-and-social-services");
			assertThat(ids.subList(1, 4)).isSorted()
				.isSubsetOf("cwm-taf-morgannwg-uhb", "llais", "nhs-wales-executive", "public-health-wales",
						"swansea-bay-uhb", "west-glamorgan-rpb");
		});
		response.path("subgraph.edges[*].to.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsOnly("minister-for-health-and-social-services"));
		response.path("subgraph.edges").entityList(Object.class).hasSize(3);
	}

	@Test
	void shouldGoUpOrFollowOtherTypesWhenAsked() {
		this.graphQl.document(SUBGRAPH)
			.variable("root", "neath-cluster")
			.variable("direction", "UP")
			.variable("depth", 6)
			.execute()
			.path("subgraph.nodes[*].entity.id")
			.entityList(String.class)
			.containsExactly("neath-cluster", "swansea-bay-uhb", "minister-for-health-and-social-services",
					"health-and-social-care-committee", "senedd-cymru", "welsh-government");
		this.graphQl.document(SUBGRAPH)
			.variable("root", "national-primary-care-board")
			.variable("types", "MEMBER_OF")
			.execute()
			.path("subgraph.nodes[*].entity.id")
			.entityList(String.class)
			.containsExactly("national-primary-care-board", "swansea-bay-uhb");
	}

	@Test
	void shouldRefuseDepthBeyondTheMaximum() {
		this.graphQl.document(SUBGRAPH)
			.variable("root", "senedd-cymru")
			.variable("depth", 7)
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.BAD_REQUEST,
					"Query.subgraph(depth: 7) exceeds the maximum subgraph depth of 6 (atebol.limits.max-subgraph-depth)."));
	}

	@Test
	void shouldRefuseALimitBeyondTheMaximum() {
		this.graphQl.document(SUBGRAPH)
			.variable("root", "senedd-cymru")
			.variable("limit", 2001)
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.BAD_REQUEST,
					"Query.subgraph(limit: 2001) exceeds the maximum subgraph limit of 2000 (atebol.limits.max-subgraph-limit)."));
	}

	@Test
	void shouldNotFindASubgraphBelowAnUnknownEntity() {
		this.graphQl.document(SUBGRAPH)
			.variable("root", "no-such-body")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.NOT_FOUND, "No entity with id 'no-such-body' (argument 'root')"));
	}

}
