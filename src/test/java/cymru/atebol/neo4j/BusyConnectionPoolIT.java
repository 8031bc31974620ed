package cymru.atebol.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;

import cymru.atebol.SeededServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's driver sets no connection acquisition timeout (the pool's timeout is a
 * timer per borrowed connection that is never cancelled; docs/operations.md): a read that
 * finds every pooled connection busy waits for the next one to come back and is answered,
 * rather than failing at once.
 */
@SeededServiceTest
class BusyConnectionPoolIT {

	@Autowired
	Driver driver;

	@Autowired
	Graph graph;

	@Autowired
	Neo4jProperties properties;

	@Test
	void shouldBorrowConnectionsWithoutAnAcquisitionTimeout() {
		assertThat(this.properties.getPool().getConnectionAcquisitionTimeout()).isEqualTo(Duration.ZERO);
	}

	@Test
	void shouldAnswerAReadThatFoundThePoolBusyOnceAConnectionComesBack() throws Exception {
		int poolSize = this.properties.getPool().getMaxConnectionPoolSize();
		List<AsyncSession> sessions = new ArrayList<>();
		List<AsyncTransaction> transactions = new ArrayList<>();
		try {
			// every open transaction holds one of the pool's connections
			for (int i = 0; i < poolSize; i++) {
				AsyncSession session = this.driver.session(AsyncSession.class);
				sessions.add(session);
				transactions.add(session.beginTransactionAsync().toCompletableFuture().get(10, TimeUnit.SECONDS));
			}
			CompletableFuture<List<Long>> read = CompletableFuture.supplyAsync(
					() -> this.graph.read("RETURN 1 AS one", Map.of(), (row) -> row.get("one").asLong()),
					(task) -> Thread.ofVirtual().start(task));

			Thread.sleep(1000);
			assertThat(read).as("a read while all %d connections are in use", poolSize).isNotDone();

			transactions.remove(0).rollbackAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
			assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(1L);
		}
		finally {
			for (AsyncTransaction transaction : transactions) {
				transaction.rollbackAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
			}
			for (AsyncSession session : sessions) {
				session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
			}
		}
	}

}
