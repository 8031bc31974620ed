package cymru.atebol.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import cymru.atebol.AtebolApplication;
import cymru.atebol.neo4j.Graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Start-up loads the seed when it changed, and a malformed seed stops start-up leaving
 * the database as it was.
 */
class SeedStartupIT {

	private final Path dataDir = Path.of("target", "test-neo4j", "startup-" + UUID.randomUUID());

	@Test
	void shouldRefuseToStartOnAMalformedSeedAndLeaveTheDatabaseUnchanged() throws Exception {
		String loaded;
		try (ConfigurableApplicationContext service = start(SeedFixture.LOCATION, true)) {
			loaded = entities(service);
		}
		assertThat(loaded).contains("velindre", "dhcw");

		Path broken = copyOfFixtureWith("entities/bodies.yaml", "kind: NHS_TRUST", "kind: NHS_TRUTS");
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> start(broken.toUri().toString(), true).close())
			.havingRootCause()
			.isInstanceOf(InvalidSeedException.class)
			.withMessageContaining("entities/bodies.yaml:64: unknown kind 'NHS_TRUTS' for entity 'velindre'")
			.withMessageContaining("did you mean 'NHS_TRUST'?");

		try (ConfigurableApplicationContext service = start(SeedFixture.LOCATION, false)) {
			assertThat(entities(service)).isEqualTo(loaded);
		}
	}

	private ConfigurableApplicationContext start(String seedLocation, boolean load) {
		SpringApplication app = new SpringApplication(AtebolApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		return app.run("--atebol.embedded.data-dir=" + this.dataDir, "--atebol.embedded.bolt-port=0",
				"--atebol.seed.location=" + seedLocation, "--atebol.seed.load-on-startup=" + load);
	}

	private static String entities(ConfigurableApplicationContext service) {
		return service.getBean(Graph.class)
			.read("MATCH (e:Entity) WITH e ORDER BY e.id RETURN collect(properties(e)) AS all", Map.of(),
					r -> r.get("all").toString())
			.get(0);
	}

	private static Path copyOfFixtureWith(String path, String text, String replacement) throws Exception {
		Path folder = Path.of("target", "test-seeds", UUID.randomUUID().toString());
		for (SeedFile file : SeedFixture.valid().replace(path, text, replacement).files()) {
			Path target = folder.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.content());
		}
		return folder.toAbsolutePath();
	}

}
