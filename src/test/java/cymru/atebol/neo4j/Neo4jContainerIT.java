package cymru.atebol.neo4j;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

import cymru.atebol.seed.CoverageReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a Neo4j server in a container, where Docker exists (skipped cleanly
 * elsewhere): the same start-up, migrations and seed as on the embedded default.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class Neo4jContainerIT {

	@Container
	@ServiceConnection
	static Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08.1").withoutAuthentication();

	@Autowired
	Graph graph;

	@Autowired
	CoverageReport coverage;

	@Test
	void shouldMigrateAndSeedAServerInAContainer() {
		assertThat(this.graph.read("SHOW CONSTRAINTS YIELD name RETURN name", Map.of(), r -> r.get("name").asString()))
			.contains("entity_id");
		assertThat(this.coverage.coverage().entities()).isPositive();
	}

}
