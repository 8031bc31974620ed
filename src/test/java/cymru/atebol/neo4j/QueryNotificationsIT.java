package cymru.atebol.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.GqlStatusObject;
import org.neo4j.driver.summary.ResultSummary;

import cymru.atebol.SeededServiceTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's driver asks for results without notifications: a statement naming a
 * property key the graph does not have comes back with no warning, where a driver with
 * Neo4j's defaults, on the same database, gets one.
 */
@SeededServiceTest
class QueryNotificationsIT {

	private static final String UNKNOWN_PROPERTY = "MATCH (e:Entity {id: 'nhs-wales'}) RETURN e.noSuchPropertyKey AS x";

	@Autowired
	Driver driver;

	@Autowired
	EmbeddedNeo4j neo4j;

	@Test
	void shouldReceiveNoNotificationsWithResults() {
		ResultSummary withDefaults;
		try (Driver plain = GraphDatabase.driver(this.neo4j.boltUri(), AuthTokens.none())) {
			withDefaults = plain.executableQuery(UNKNOWN_PROPERTY).execute().summary();
		}
		ResultSummary service = this.driver.executableQuery(UNKNOWN_PROPERTY).execute().summary();

		assertThat(warnings(withDefaults)).as("a driver with Neo4j's defaults is warned").isNotZero();
		assertThat(warnings(service)).as("the service's driver").isZero();
	}

	private static long warnings(ResultSummary summary) {
		return summary.gqlStatusObjects()
			.stream()
			.map(GqlStatusObject::gqlStatus)
			.filter((s) -> s.startsWith("01"))
			.count();
	}

}
