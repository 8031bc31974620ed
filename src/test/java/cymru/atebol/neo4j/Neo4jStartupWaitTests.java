package cymru.atebol.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cymru.atebol.system.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Start-up against a Neo4j that is not there yet, or never comes. */
class Neo4jStartupWaitTests {

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static Driver driver(String uri) {
		return GraphDatabase.driver(uri, AuthTokens.none(),
				Config.builder().withConnectionTimeout(2, TimeUnit.SECONDS).build());
	}

	@Test
	void shouldGiveUpAfterTheWaitNamingTheUriAndWhatToCheck() throws IOException {
		String uri = "bolt://127.0.0.1:" + freePort();
		try (Driver driver = driver(uri)) {
			long started = System.nanoTime();
			StartupRefusedException refused = catchThrowableOfType(StartupRefusedException.class,
					() -> Neo4jStartupWait.waitFor(driver, uri, Duration.ofSeconds(2)));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(refused.problem()).startsWith("Neo4j at " + uri + " could not be reached within 2s (")
				.containsPattern("\\(\\d attempts\\)");
			assertThat(refused.action()).contains("spring.neo4j.uri (NEO4J_URI)")
				.contains("atebol.startup.neo4j-wait")
				.contains("spring.neo4j.authentication");
			assertThat(took).isBetween(Duration.ofMillis(1000), Duration.ofSeconds(5));
		}
	}

	/** Else its threads keep the process alive after "APPLICATION FAILED TO START". */
	@Test
	void shouldCloseTheDriverWhenItGivesUp() throws IOException {
		String uri = "bolt://127.0.0.1:" + freePort();
		MockEnvironment environment = new MockEnvironment().withProperty("spring.neo4j.uri", uri)
			.withProperty("atebol.startup.neo4j-wait", "1s");
		Driver driver = driver(uri);
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> new Neo4jStartupWait(environment).postProcessAfterInitialization(driver, "neo4jDriver"));
		assertThatIllegalStateException().isThrownBy(driver::session).withMessageContaining("closed");
	}

	@Test
	void shouldWaitForADatabaseThatComesUpLate() throws Exception {
		int port = freePort();
		String uri = "neo4j://127.0.0.1:" + port;
		var properties = new EmbeddedNeo4jProperties(Path.of("target", "test-neo4j", "late-" + UUID.randomUUID()), port,
				DataSize.ofMegabytes(16), DataSize.ofMegabytes(64));
		CompletableFuture<EmbeddedNeo4j> late = CompletableFuture.supplyAsync(() -> {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return EmbeddedNeo4j.start(properties);
		});
		try (Driver driver = driver(uri)) {
			long started = System.nanoTime();
			Neo4jStartupWait.waitFor(driver, uri, Duration.ofSeconds(60));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1500));
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records()).hasSize(1);
		}
		finally {
			late.get().close();
		}
	}

}
