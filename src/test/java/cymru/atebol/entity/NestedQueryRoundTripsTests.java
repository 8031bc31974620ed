package cymru.atebol.entity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cymru.atebol.CountingDriver;
import cymru.atebol.GraphQlFixtureTest;
import cymru.atebol.system.Today;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
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

	@Autowired
	Today today;

	@BeforeEach
	void resetCount() {
		// What is counted is round trips, not time: on a busy machine the first request
		// of a
		// fresh context (every statement planned cold) can take longer than the tester's
		// default 5 s, and a timed-out request's late queries would land in the next
		// count.
		this.graphQl = this.graphQl.mutate().responseTimeout(Duration.ofSeconds(60)).build();
		this.queries.reset();
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

	// language=GraphQL
	private static final String LOOKUP = """
			query ($id: ID!, $superiorsOn: Date) {
			  entity(id: $id) {
			    id name kind validFrom
			    reportsTo(asOf: $superiorsOn) { id type validFrom to { id name kind reportsTo { id } } }
			  }
			}
			""";

	/**
	 * The everyday lookup: the query that reads the entity's upward lines brings the
	 * entity with it. The same question with {@code reportsTo}'s own date (the same day)
	 * reads the two apart, and the answers are the same.
	 */
	@Test
	void shouldLookUpAnEntityWithItsSuperiorsInOneRoundTrip() {
		Map<String, Object> together = lookup("bay-health-cluster", null);
		// one, and one more for the superiors' own reportsTo (the next level)
		assertThat(this.queries.count()).isEqualTo(2);
		this.queries.reset();
		Map<String, Object> apart = lookup("bay-health-cluster", this.today.date());
		assertThat(this.queries.count()).isEqualTo(3);
		assertThat(together).isEqualTo(apart);
		assertThat(together).extracting("reportsTo").asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
	}

	@Test
	void shouldLookUpAnEntityWithoutSuperiorsInTwoRoundTripsAtMost() {
		Map<String, Object> together = lookup("senedd-cymru", null);
		assertThat(this.queries.count()).isEqualTo(2);
		assertThat(together).extracting("reportsTo").asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
		this.queries.reset();
		assertThat(lookup("senedd-cymru", this.today.date())).isEqualTo(together);
		assertThat(lookup("no-such-entity", null)).isNull();
	}

	// language=GraphQL
	private static final String LOOKUP_IN_FRAGMENTS = """
			query ($id: ID!, $superiorsOn: Date) {
			  entity(id: $id) {
			    id
			    ... on Entity { name kind }
			    ...superiors
			    ...superiors
			  }
			}
			fragment superiors on Entity {
			  validFrom
			  reportsTo(asOf: $superiorsOn) { id type validFrom to { id name kind reportsTo { id } } }
			}
			""";

	/**
	 * What decides the one round trip is read from the query as written: a
	 * {@code reportsTo} inside fragments, written twice, counts once, and the answer is
	 * the one the plain query gets.
	 */
	@Test
	void shouldLookUpAnEntityWithItsSuperiorsInOneRoundTripWhenAskedInFragments() {
		Map<String, Object> plain = lookup("bay-health-cluster", null);
		this.queries.reset();
		Map<String, Object> inFragments = lookup(LOOKUP_IN_FRAGMENTS, "bay-health-cluster", null);
		assertThat(this.queries.count()).isEqualTo(2);
		assertThat(inFragments).isEqualTo(plain);
		this.queries.reset();
		assertThat(lookup(LOOKUP_IN_FRAGMENTS, "bay-health-cluster", this.today.date())).isEqualTo(plain);
		assertThat(this.queries.count()).isEqualTo(3);
	}

	// language=GraphQL
	private static final String LOOKUP_TWICE = """
			query ($id: ID!) {
			  entity(id: $id) {
			    id
			    superiors: reportsTo { id to { id } }
			    lines: reportsTo { id type }
			  }
			}
			""";

	/**
	 * Superiors asked for under two names are read apart from the entity (one page, as
	 * both have the same arguments), and each name gets them.
	 */
	@Test
	void shouldReadTheEntityApartWhenItsSuperiorsAreAskedForUnderTwoNames() {
		Map<String, Object> twice = lookup(LOOKUP_TWICE, "bay-health-cluster", null);
		assertThat(this.queries.count()).isEqualTo(2);
		assertThat(twice).extracting("superiors").asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
		assertThat(twice).extracting("lines")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSameSizeAs((List<?>) twice.get("superiors"));
	}

	private Map<String, Object> lookup(String id, @Nullable LocalDate superiorsOn) {
		return lookup(LOOKUP, id, superiorsOn);
	}

	private Map<String, Object> lookup(String document, String id, @Nullable LocalDate superiorsOn) {
		return this.graphQl.document(document)
			.variable("id", id)
			.variable("superiorsOn", (superiorsOn != null) ? superiorsOn.toString() : null)
			.execute()
			.path("entity")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
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
