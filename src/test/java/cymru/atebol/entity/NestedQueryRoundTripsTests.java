package cymru.atebol.entity;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cymru.atebol.CountingDriver;
import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are batched: a nested request costs one round trip per field and level,
 * however many entities it covers.
 */
@GraphQlFixtureTest
class NestedQueryRoundTripsTests {

	// language=GraphQL
	private static final String NESTED = """
			query ($first: Int) {
			  entities(first: $first) {
			    edges { node { id name reportsTo { to { name reportsTo { to { name shortName } } } } childCount } }
			  }
			}
			""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	CountingDriver queries;

	@BeforeEach
	void resetCount() {
		// the first request of a fresh context plans every statement cold: on two busy
		// cores that can take
		// longer than the tester's default 5 s, and a timed-out request goes on counting
		// into the next test
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(60)).build();
		this.queries.reset();
		// What is counted is round trips, not time: on a busy machine the first nested
		// request can take
		// longer than the tester's default 5 s, and its late queries would then land in
		// the next count.
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	/**
	 * Four: the page of entities, then reportsTo and childCount for all 20 (one each),
	 * then reportsTo for all the parents they reach. Names, endpoints and view dates come
	 * with the rows.
	 */
	@Test
	void shouldAnswerANestedRequestOverTwentyEntitiesInFourRoundTrips() {
		this.graphQl.document(NESTED)
			.variable("first", 20)
			.execute()
			.path("entities.edges")
			.entityList(Object.class)
			.hasSize(20)
			.path("entities.edges[?(@.node.id == 'bay-health-cluster')].node.reportsTo[0].to.reportsTo[0].to.name")
			.entityList(String.class)
			.containsExactly("Minister for Health and Social Services");
		assertThat(this.queries.count()).isEqualTo(4);
	}

	@Test
	void shouldNotSendMoreQueriesForMoreEntities() {
		this.graphQl.document(NESTED)
			.variable("first", 3)
			.execute()
			.path("entities.edges")
			.entityList(Object.class)
			.hasSize(3);
		int forThree = this.queries.count();
		this.queries.reset();
		this.graphQl.document(NESTED)
			.variable("first", 25)
			.execute()
			.path("entities.edges")
			.entityList(Object.class)
			.hasSize(25);
		assertThat(this.queries.count()).isEqualTo(forThree);
	}

}
