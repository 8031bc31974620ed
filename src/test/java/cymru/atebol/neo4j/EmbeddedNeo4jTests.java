package cymru.atebol.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedNeo4jTests {

	private Path dataDir;

	@BeforeEach
	void newDataFolder() throws Exception {
		this.dataDir = Files.createDirectories(Path.of("target", "test-neo4j", "embedded-" + UUID.randomUUID()));
	}

	private EmbeddedNeo4jProperties properties(int boltPort) {
		return new EmbeddedNeo4jProperties(this.dataDir, boltPort, DataSize.ofMegabytes(16), DataSize.ofMegabytes(64));
	}

	@Test
	void shouldKeepWhatWasWrittenAcrossARestart() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties(0));
				Driver driver = GraphDatabase.driver(first.boltUri(), AuthTokens.none())) {
			driver.executableQuery("CREATE (:Probe {value: 42})").execute();
		}
		try (EmbeddedNeo4j second = EmbeddedNeo4j.start(properties(0));
				Driver driver = GraphDatabase.driver(second.boltUri(), AuthTokens.none())) {
			var records = driver.executableQuery("MATCH (p:Probe) RETURN p.value AS value").execute().records();
			assertThat(records).singleElement().satisfies(r -> assertThat(r.get("value").asInt()).isEqualTo(42));
		}
	}

	@Test
	void shouldServeBoltOnLoopbackOnAFreePortWhenAskedForPortZero() {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(0))) {
			assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
			assertThat(neo4j.boltUri().getPort()).isPositive().isNotEqualTo(7687);
		}
	}

	@Test
	void shouldRefuseASecondInstanceOnTheSameDataFolderWithAClearMessage() {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(properties(0))) {
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> EmbeddedNeo4j.start(properties(0)))
				.withMessageContaining("is locked by another process")
				.withMessageContaining(this.dataDir.toAbsolutePath().normalize().toString())
				.withMessageContaining("atebol.embedded.data-dir");
		}
	}

	@Test
	void shouldSayWhichPortIsTakenWhenBoltCannotBind() throws Exception {
		try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> EmbeddedNeo4j.start(properties(taken.getLocalPort())))
				.withMessageContaining("Port " + taken.getLocalPort())
				.withMessageContaining("atebol.embedded.bolt-port");
		}
	}

}
