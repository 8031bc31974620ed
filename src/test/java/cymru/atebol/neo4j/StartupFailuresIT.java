package cymru.atebol.neo4j;

import java.nio.file.Path;
import java.util.UUID;

import cymru.atebol.AtebolApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** Start-ups that cannot work stop with a message that says what to do. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailuresIT {

	@Test
	void shouldStopNamingTheUriWhenAnExternalNeo4jCannotBeReached(CapturedOutput output) throws Exception {
		String uri = "bolt://127.0.0.1:" + Neo4jStartupWaitTests.freePort();
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(AtebolApplication.class)
			.run("--server.port=0", "--spring.neo4j.uri=" + uri, "--atebol.startup.neo4j-wait=2s"));
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains("Neo4j at " + uri + " could not be reached within 2s")
			.contains("Action:")
			.contains("Set atebol.startup.neo4j-wait to wait longer");
	}

	@Test
	void shouldRefuseASecondServiceOnTheSameEmbeddedDataFolder() {
		Path dataDir = Path.of("target", "test-neo4j", "shared-" + UUID.randomUUID()).toAbsolutePath();
		String[] args = { "--server.port=0", "--atebol.embedded.bolt-port=0", "--atebol.embedded.data-dir=" + dataDir };
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AtebolApplication.class).run(args)) {
			assertThatException().isThrownBy(() -> new SpringApplicationBuilder(AtebolApplication.class).run(args))
				.satisfies(failure -> assertThat(messages(failure)).contains("is locked by another process")
					.contains(dataDir.normalize().toString())
					.contains("atebol.embedded.data-dir"));
		}
	}

	private static String messages(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append('\n');
		}
		return all.toString();
	}

}
