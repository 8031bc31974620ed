package cymru.atebol.neo4j;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

	/**
	 * The process ends, with status 1, so a supervisor can see it and start it again (the
	 * driver's threads used to keep it alive).
	 */
	@Test
	void shouldEndTheProcessWhenAnExternalNeo4jCannotBeReached() throws Exception {
		String uri = "bolt://127.0.0.1:" + Neo4jStartupWaitTests.freePort();
		List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
				"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp",
				System.getProperty("java.class.path"), AtebolApplication.class.getName(), "--server.port=0",
				"--spring.neo4j.uri=" + uri, "--atebol.startup.neo4j-wait=2s");
		Path log = Files.createTempFile("atebol-unreachable-neo4j", ".log");
		Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean ended = service.waitFor(60, TimeUnit.SECONDS);
		service.destroyForcibly().waitFor();
		assertThat(ended).as("the process ended").isTrue();
		assertThat(service.exitValue()).isEqualTo(1);
		assertThat(Files.readString(log)).contains("Neo4j at " + uri + " could not be reached within 2s");
		Files.delete(log);
	}

	@Test
	void shouldRefuseASecondServiceOnTheSameEmbeddedDataFolder() {
		Path dataDir = Path.of("target", "test-neo4j", "shared-" + UUID.randomUUID()).toAbsolutePath();
		String[] args = { "--server.port=0", "--atebol.embedded.bolt-port=0", "--atebol.embedded.data-dir=" + dataDir };
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AtebolApplication.class).run(args)) {
			assertThatException().isThrownBy(() -> new SpringApplicationBuilder(AtebolApplication.class).run(args))
				.isInstanceOf(DataFolderInUseException.class)
				.satisfies(failure -> assertThat(messages(failure)).contains("is in use by another Atebol")
					.contains(dataDir.normalize().toString())
					.contains("atebol.embedded.data-dir"));
		}
		// closed: the folder is free again
		new SpringApplicationBuilder(AtebolApplication.class).run(args).close();
	}

	/**
	 * A second process on a folder in use stops at once, before it opens any port, with
	 * one line and status 1.
	 */
	@Test
	void shouldRefuseASecondProcessAtOnceWithOneLine() throws Exception {
		Path dataDir = Path.of("target", "test-neo4j", "shared-" + UUID.randomUUID()).toAbsolutePath();
		String[] args = { "--server.port=0", "--atebol.embedded.bolt-port=0", "--atebol.embedded.data-dir=" + dataDir };
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(AtebolApplication.class).run(args)) {
			int httpPort = Neo4jStartupWaitTests.freePort();
			List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
					"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp",
					System.getProperty("java.class.path"), AtebolApplication.class.getName(),
					"--server.port=" + httpPort, "--atebol.embedded.bolt-port=0",
					"--atebol.embedded.data-dir=" + dataDir);
			long started = System.nanoTime();
			Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(second.exitValue()).isEqualTo(1);
			assertThat(output.lines().filter(line -> !line.isBlank()).toList()).singleElement()
				.satisfies(
						line -> assertThat(line).startsWith("Refused to start: the data folder " + dataDir.normalize())
							.contains("is in use by another Atebol"));
			assertThatException().isThrownBy(() -> new Socket("127.0.0.1", httpPort).close());
			System.out.printf("Second process on a folder in use: refused in %d ms%n", took.toMillis());
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
