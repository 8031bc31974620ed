package cymru.atebol.traversal;

import org.junit.jupiter.api.Test;

import cymru.atebol.OneError;
import cymru.atebol.CountingDriver;
import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortest ways two entities are linked, over any relationship, in either direction.
 */
@GraphQlFixtureTest
class PathsTests {

	// language=GraphQL
	private static final String PATHS = """
			query ($from: ID!, $to: ID!, $asOf: Date, $maxLength: Int) {
			  paths(from: $from, to: $to, asOf: $asOf, maxLength: $maxLength) {
			    length
			    steps { relationship { type from { id } to { id } } entity { id } }
			  }
			}
			""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CountingDriver queries;

	@Test
	void shouldLinkAClusterToTheNationalPrimaryCareBoardInOneQuery() {
		this.queries.reset();
		GraphQlTester.Response response = this.graphQl.document(PATHS)
			.variable("from", "city-health-cluster")
			.variable("to", "national-primary-care-board")
			.execute();
		assertThat(this.queries.count()).isEqualTo(1);
		response.path("paths")
			.matchesJsonStrictly(
					"""
							[ { "length": 2, "steps": [
							  { "relationship": { "type": "PART_OF", "from": { "id": "city-health-cluster" }, "to": { "id": "swansea-bay-uhb" } },
							    "entity": { "id": "swansea-bay-uhb" } },
							  { "relationship": { "type": "MEMBER_OF", "from": { "id": "swansea-bay-uhb" }, "to": { "id": "national-primary-care-board" } },
							    "entity": { "id": "national-primary-care-board" } }
							] } ]
							""");
	}

	@Test
	void shouldFollowRelationshipsAgainstTheirDirection() {
		this.graphQl.document(PATHS)
			.variable("from", "national-primary-care-board")
			.variable("to", "city-health-cluster")
			.execute()
			.path("paths[0].steps[*].entity.id")
			.entityList(String.class)
			.containsExactly("swansea-bay-uhb", "city-health-cluster");
	}

	@Test
	void shouldFindEveryShortestPath() {
		this.graphQl.document(PATHS)
			.variable("from", "swansea-bay-pcpg")
			.variable("to", "minister-for-health-and-social-services")
			.execute()
			.path("paths[*].steps[0].entity.id")
			.entityList(String.class)
			.containsExactly("swansea-bay-uhb", "west-glamorgan-rpb");
	}

	@Test
	void shouldIgnoreRelationshipsNotValidOnTheDate() {
		this.graphQl.document(PATHS)
			.variable("from", "bridgend-north-cluster")
			.variable("to", "swansea-bay-uhb")
			.variable("asOf", "2018-06-01")
			.execute()
			.path("paths[*].length")
			.entityList(Integer.class)
			.containsExactly(1);
		this.graphQl.document(PATHS)
			.variable("from", "bridgend-north-cluster")
			.variable("to", "swansea-bay-uhb")
			.variable("asOf", "2020-06-01")
			.execute()
			.path("paths[*].length")
			.entityList(Integer.class)
			.containsExactly(3);
	}

	@Test
	void shouldAnswerNoPathWhenNoneIsShortEnough() {
		this.graphQl.document(PATHS)
			.variable("from", "city-health-cluster")
			.variable("to", "national-primary-care-board")
			.variable("maxLength", 1)
			.execute()
			.path("paths")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldLinkAnEntityToItselfWithAnEmptyPath() {
		this.graphQl.document(PATHS)
			.variable("from", "llais")
			.variable("to", "llais")
			.execute()
			.path("paths")
			.matchesJsonStrictly("[ { \"length\": 0, \"steps\": [] } ]");
	}

	@Test
	void shouldRefuseAMaximumLengthBeyondTheLimit() {
		this.graphQl.document(PATHS)
			.variable("from", "llais")
			.variable("to", "senedd-cymru")
			.variable("maxLength", 11)
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.BAD_REQUEST,
					"Query.paths(maxLength: 11) exceeds the maximum path length of 10 (atebol.limits.max-path-length)."));
	}

	@Test
	void shouldNameTheEndThatDoesNotExist() {
		this.graphQl.document(PATHS)
			.variable("from", "llais")
			.variable("to", "no-such-body")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.NOT_FOUND, "No entity with id 'no-such-body' (argument 'to')"));
		this.graphQl.document(PATHS)
			.variable("from", "llais")
			.variable("to", "community-health-councils")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage())
					.startsWith("Entity 'community-health-councils' (argument 'to') did not exist on");
			}));
	}

}
