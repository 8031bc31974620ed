package cymru.atebol;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.seed.SeedFixture;
import cymru.atebol.seed.SeedLoader;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

/**
 * The test graph (src/test/resources/seed-fixture, loaded by the service's own seed
 * loader as first recorded and as corrected) loaded once per Spring context, and a count
 * of the Cypher statements the service sends ({@link CountingDriver}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(CountingDriver.Config.class)
public class FixtureGraph {

	/** When the fixture was seeded. */
	public static final OffsetDateTime SEEDED_AT = SeedFixture.SEEDED_AT;

	/** When the one correction was recorded (a retraction and two additions). */
	public static final OffsetDateTime CORRECTED_AT = SeedFixture.CORRECTED_AT;

	/**
	 * The tester, waiting up to a minute for an answer (the default 5 s is too short on a
	 * busy machine shared with other builds).
	 */
	@Bean
	ExecutionGraphQlServiceTester graphQlTester(ExecutionGraphQlService service) {
		return ExecutionGraphQlServiceTester.builder(service).responseTimeout(Duration.ofMinutes(1)).build();
	}

	@Bean
	ApplicationRunner loadFixtureGraph(Graph graph, SeedLoader loader) {
		return (args) -> {
			graph.withTimeout(Graph.STARTUP_TIMEOUT).write("CALL db.awaitIndexes(300)", Map.of());
			SeedFixture.loadWithCorrection(loader);
		};
	}

}
