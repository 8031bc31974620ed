package cymru.atebol.traversal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cymru.atebol.OneError;
import cymru.atebol.FixtureGraph;
import cymru.atebol.CountingDriver;
import cymru.atebol.GraphQlFixtureTest;
import cymru.atebol.neo4j.Graph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every upward route from an entity to the top of the accountability structure, on a
 * date.
 */
@GraphQlFixtureTest
class AccountabilityChainTests {

	// language=GraphQL
	private static final String CHAIN = """
			query ($from: ID!, $asOf: Date, $recordedAsOf: DateTime) {
			  accountabilityChain(from: $from, asOf: $asOf, recordedAsOf: $recordedAsOf) {
			    from { id }
			    routes { steps { relationship { type } entity { id name } } }
			    tops { id }
			    truncated
			  }
			}
			""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CountingDriver queries;

	@Autowired
	Graph graph;

	@Test
	void shouldFindEveryRouteToTheTopShortestFirstInOneQuery() {
		this.queries.reset();
		GraphQlTester.Response response = this.graphQl.document(CHAIN).variable("from", "swansea-bay-pcpg").execute();
		assertThat(this.queries.count()).isEqualTo(1);
		response.path("accountabilityChain.routes[*]").entityList(Object.class).hasSize(6);
		response.path("accountabilityChain.routes[0].steps[*].entity.id")
			.entityList(String.class)
			.containsExactly("swansea-bay-uhb", "minister-for-health-and-social-services", "senedd-cymru");
		response.path("accountabilityChain.routes[*].steps[0].entity.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsOnly("swansea-bay-uhb", "west-glamorgan-rpb"));
		response.path("accountabilityChain.routes[5].steps[*].entity.id")
			.entityList(String.class)
			.containsExactly("west-glamorgan-rpb", "minister-for-health-and-social-services",
					"health-and-social-care-committee", "senedd-cymru");
		response.path("accountabilityChain.routes[*].steps.length()")
			.entityList(Integer.class)
			.isEqualTo(List.of(3, 3, 3, 3, 4, 4));
		response.path("accountabilityChain.tops[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("senedd-cymru", "welsh-government"));
		response.path("accountabilityChain.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldShowParallelLinesBetweenTwoEntitiesAsOneRoute() {
		this.graphQl.document(CHAIN)
			.variable("from", "strategic-programme-for-primary-care")
			.execute()
			.path("accountabilityChain.routes")
			.matchesJsonStrictly(
					"""
							[ { "steps": [
							  { "relationship": { "type": "REPORTS_TO" }, "entity": { "id": "national-primary-care-board", "name": "National Primary Care Board" } },
							  { "relationship": { "type": "ACCOUNTABLE_TO" }, "entity": { "id": "nhs-wales-leadership-board", "name": "NHS Wales Leadership Board" } }
							] } ]
							""");
	}

	@Test
	void shouldIgnoreRelationshipsNotValidOnTheDate() {
		this.graphQl.document(CHAIN)
			.variable("from", "bridgend-north-cluster")
			.variable("asOf", "2018-06-01")
			.execute()
			.path("accountabilityChain.routes[*].steps[0].entity.name")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsOnly("Abertawe Bro Morgannwg University Health Board"));
		this.graphQl.document(CHAIN)
			.variable("from", "bridgend-north-cluster")
			.variable("asOf", "2020-06-01")
			.execute()
			.path("accountabilityChain.routes[*].steps[0].entity.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsOnly("cwm-taf-morgannwg-uhb"));
	}

	@Test
	void shouldReachOnlyEntitiesThatExistOnTheDate() {
		this.graphQl.document(CHAIN)
			.variable("from", "nhs-wales-executive")
			.variable("asOf", "2024-01-01")
			.execute()
			.path("accountabilityChain.routes[*].steps[0].entity.id")
			.entityList(String.class)
			.contains("public-health-wales", "minister-for-health-and-social-services");
	}

	@Test
	void shouldFollowTheRecordAsItStoodAtTheRecordTime() {
		this.graphQl.document(CHAIN)
			.variable("from", "cwmtawe-cluster")
			.variable("recordedAsOf", FixtureGraph.CORRECTED_AT.minusDays(1).toString())
			.execute()
			.path("accountabilityChain.routes[*].steps[0].entity.id")
			.entityList(String.class)
			.contains("cwm-taf-morgannwg-uhb", "swansea-bay-uhb");
		this.graphQl.document(CHAIN)
			.variable("from", "cwmtawe-cluster")
			.execute()
			.path("accountabilityChain.routes[*].steps[0].entity.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsOnly("swansea-bay-uhb"));
	}

	@Test
	void shouldMakeAnEntityWithNothingAboveItsOwnTop() {
		this.graphQl.document(CHAIN)
			.variable("from", "senedd-cymru")
			.execute()
			.path("accountabilityChain")
			.matchesJsonStrictly(
					"""
							{ "from": { "id": "senedd-cymru" }, "routes": [], "tops": [ { "id": "senedd-cymru" } ], "truncated": false }
							""");
	}

	@Test
	void shouldNotFindAChainFromAnUnknownEntity() {
		this.graphQl.document(CHAIN)
			.variable("from", "no-such-body")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.NOT_FOUND, "No entity with id 'no-such-body' (argument 'from')", "from"));
	}

	@Test
	void shouldNotFindAChainFromAnEntityThatDidNotExistOnTheDate() {
		this.graphQl.document(CHAIN)
			.variable("from", "swansea-bay-pcpg")
			.variable("asOf", "2020-01-01")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.NOT_FOUND,
					"Entity 'swansea-bay-pcpg' (argument 'from') did not exist on 2020-01-01; it existed from 2022-04-01"));
	}

	/**
	 * A chain of 14 bodies and a lattice of 2^7 routes, both in 1800 so that no other
	 * test sees them on its dates.
	 */
	@Test
	void shouldSayWhenRoutesWereCutAtTheirMaximumLengthOrNumber() {
		this.graph.write("""
				UNWIND range(0, 13) AS i
				MERGE (e:Entity {id: 'deep-' + i})
				SET e.kind = 'ORGANISATION', e.name = 'Deep ' + i, e.validFrom = date('1800-01-01'),
					e.validTo = date('1800-12-31'), e.recordedFrom = datetime('2026-01-10T09:00:00Z')
				WITH e, i WHERE i > 0
				MATCH (below:Entity {id: 'deep-' + (i - 1)})
				MERGE (below)-[r:REPORTS_TO]->(e)
				SET r.id = below.id + ':REPORTS_TO:' + e.id, r.recordedFrom = datetime('2026-01-10T09:00:00Z')
				""", Map.of());
		this.graph.write("""
				UNWIND range(0, 7) AS level
				UNWIND (CASE level WHEN 0 THEN ['a'] ELSE ['a', 'b'] END) AS side
				MERGE (e:Entity {id: 'lattice-' + level + side})
				SET e.kind = 'ORGANISATION', e.name = 'Lattice ' + level + side, e.validFrom = date('1800-01-01'),
					e.validTo = date('1800-12-31'), e.recordedFrom = datetime('2026-01-10T09:00:00Z')
				WITH e, level WHERE level > 0
				MATCH (below:Entity) WHERE below.id IN ['lattice-' + (level - 1) + 'a', 'lattice-' + (level - 1) + 'b']
				MERGE (below)-[r:PART_OF]->(e)
				SET r.id = below.id + ':PART_OF:' + e.id, r.recordedFrom = datetime('2026-01-10T09:00:00Z')
				""", Map.of());

		GraphQlTester.Response deep = this.graphQl.document(CHAIN)
			.variable("from", "deep-0")
			.variable("asOf", "1800-06-01")
			.execute();
		deep.path("accountabilityChain.truncated").entity(Boolean.class).isEqualTo(true);
		deep.path("accountabilityChain.routes").entityList(Object.class).hasSize(0);
		this.graphQl.document(CHAIN)
			.variable("from", "deep-2")
			.variable("asOf", "1800-06-01")
			.execute()
			.path("accountabilityChain.truncated")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("accountabilityChain.routes[0].steps")
			.entityList(Object.class)
			.hasSize(11);

		GraphQlTester.Response lattice = this.graphQl.document(CHAIN)
			.variable("from", "lattice-0a")
			.variable("asOf", "1800-06-01")
			.execute();
		lattice.path("accountabilityChain.truncated").entity(Boolean.class).isEqualTo(true);
		lattice.path("accountabilityChain.routes").entityList(Object.class).hasSize(TraversalBounds.MAX_ROUTES);
		lattice.path("accountabilityChain.tops[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("lattice-7a", "lattice-7b"));
	}

}
