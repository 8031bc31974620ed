package cymru.atebol.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The transaction timeout that {@link Graph} sets is enforced by Neo4j itself. */
class GraphTimeoutTests {

	@Test
	void shouldHaveNeo4jStopAQueryThatOutrunsTheTimeout() {
		var properties = new EmbeddedNeo4jProperties(Path.of("target", "test-neo4j", "timeout-" + UUID.randomUUID()), 0,
				DataSize.ofMegabytes(16), DataSize.ofMegabytes(64));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			Graph graph = new Graph(driver, "", Duration.ofSeconds(1));
			long started = System.nanoTime();
			Neo4jException stopped = catchThrowableOfType(Neo4jException.class,
					() -> graph.read("UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS c",
							Map.of(), r -> r.get("c").asLong()));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(stopped).as("the query was stopped").isNotNull();
			assertThat(stopped.code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
			assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
			System.out.printf("Stopped by Neo4j after %d ms with %s%n", took.toMillis(), stopped.code());
			// Nothing is left running (asked with a generous timeout: the machine may be
			// busy).
			Graph patient = new Graph(driver, "", Duration.ofSeconds(30));
			assertThat(patient.read("SHOW TRANSACTIONS YIELD currentQuery RETURN count(*) AS running", Map.of(),
					r -> r.get("running").asLong()))
				.containsExactly(1L);
		}
	}

}
