package cymru.atebol.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;
import org.neo4j.driver.async.ResultCursor;

import cymru.atebol.SeededServiceTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own driver does its network I/O on the threads
 * {@code atebol.neo4j.io-threads} asks for (0, the default: one per four cores, at least
 * one), not on the driver's two per core: with more connections open at once than the
 * driver's default has threads, every answer still arrives on one of that many.
 */
@SeededServiceTest
class DriverIoThreadsIT {

	/**
	 * More than the driver's default of two threads per core on the machines that run
	 * this.
	 */
	private static final int CONNECTIONS = 4 * Runtime.getRuntime().availableProcessors() + 1;

	@Autowired
	Driver driver;

	@Test
	void shouldReadEveryAnswerOnTheConfiguredNumberOfIoThreads() throws Exception {
		Set<String> answeredOn = ConcurrentHashMap.newKeySet();
		List<AsyncSession> sessions = new ArrayList<>();
		List<AsyncTransaction> transactions = new ArrayList<>();
		try {
			// every transaction open at once holds its own connection
			for (int i = 0; i < CONNECTIONS; i++) {
				AsyncSession session = this.driver.session(AsyncSession.class);
				sessions.add(session);
				transactions.add(session.beginTransactionAsync().toCompletableFuture().get(10, TimeUnit.SECONDS));
			}
			List<CompletableFuture<?>> answers = new ArrayList<>();
			for (AsyncTransaction transaction : transactions) {
				answers.add(transaction.runAsync("RETURN 1")
					.thenCompose(ResultCursor::consumeAsync)
					.thenAccept((summary) -> answeredOn.add(Thread.currentThread().getName()))
					.toCompletableFuture());
			}
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		}
		finally {
			for (AsyncTransaction transaction : transactions) {
				transaction.rollbackAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
			}
			for (AsyncSession session : sessions) {
				session.closeAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
			}
		}

		assertThat(answeredOn).as("the threads the answers arrived on")
			.doesNotContain(Thread.currentThread().getName())
			.hasSize(DriverIoThreads.forCores(Runtime.getRuntime().availableProcessors()));
	}

}
