package cymru.atebol.neo4j;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a URI configured, the service uses that Neo4j and starts no embedded database of
 * its own.
 */
class ExternalNeo4jIT {

	private static EmbeddedNeo4j server;

	@BeforeAll
	static void startAnotherNeo4j() {
		server = EmbeddedNeo4j
			.start(new EmbeddedNeo4jProperties(Path.of("target", "test-neo4j", "external-" + UUID.randomUUID()), 0,
					DataSize.ofMegabytes(16), DataSize.ofMegabytes(64)));
		try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE (:Probe {where: 'external'})").execute();
		}
	}

	@AfterAll
	static void stopIt() {
		server.close();
	}

	@Test
	void shouldUseTheConfiguredServerAndStartNoEmbeddedDatabase() {
		for (String scheme : new String[] { "neo4j", "bolt" }) {
			String uri = scheme + "://127.0.0.1:" + server.boltUri().getPort();
			SpringApplication app = new SpringApplication(cymru.atebol.AtebolApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			try (ConfigurableApplicationContext service = app.run("--spring.neo4j.uri=" + uri,
					"--atebol.seed.location=classpath:seed-fixture/")) {
				assertThat(service.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
				assertThat(service.getBean(Graph.class)
					.read("MATCH (p:Probe) RETURN p.where AS where", Map.of(), r -> r.get("where").asString()))
					.containsExactly("external");
			}
		}
	}

}
