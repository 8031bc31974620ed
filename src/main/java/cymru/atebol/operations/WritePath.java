package cymru.atebol.operations;

import java.time.Duration;
import java.util.List;

import cymru.atebol.neo4j.Graph;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * The write path of an edit, warmed and probed. The warm-up plans every Cypher statement
 * of the editing and version packages ({@code EXPLAIN}: planned and cached, nothing run)
 * in a write transaction: after a restart the first edits used to time out while the
 * planner met their statements cold, although reads already answered. The probe takes the
 * dataset's write lock, as every edit does, in a transaction it rolls back, and says how
 * long that took.
 */
final class WritePath {

	private static final Log logger = LogFactory.getLog(WritePath.class);

	private static final String PROBE = """
			MERGE (d:Dataset {id: 'dataset'})
			SET d.writeProbe = true
			RETURN 1 AS ok
			""";

	private final Graph graph;

	private final List<String> packages;

	WritePath(Graph graph, List<String> packages) {
		this.graph = graph;
		this.packages = packages;
	}

	/** Plans the statements, then probes once; returns how many statements it planned. */
	int warmUp() {
		long started = System.nanoTime();
		List<String> statements = CypherStatements.in(this.packages);
		int planned = 0;
		for (String statement : statements) {
			// one transaction each: a statement that fails to plan ends its transaction
			try (Session session = this.graph.driver().session(this.graph.writeSession());
					Transaction tx = session
						.beginTransaction(TransactionConfig.builder().withTimeout(Graph.STARTUP_TIMEOUT).build())) {
				tx.run("EXPLAIN " + statement).consume();
				tx.rollback();
				planned++;
			}
			catch (RuntimeException ex) {
				// a fragment that is only a statement once composed: planned when first
				// used
				logger.debug("Not planned alone: " + ex.getMessage());
			}
		}
		Duration probe = probe(Graph.STARTUP_TIMEOUT);
		logger.info("Write path warmed in %d ms: %d of %d edit statements planned; a write transaction took %d ms"
			.formatted((System.nanoTime() - started) / 1_000_000, planned, statements.size(), probe.toMillis()));
		return planned;
	}

	/**
	 * Takes the dataset's write lock in a transaction that is rolled back; fails when
	 * that takes longer than the timeout.
	 */
	Duration probe(Duration timeout) {
		long started = System.nanoTime();
		try (Session session = this.graph.driver().session(this.graph.writeSession());
				Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
			tx.run(PROBE).consume();
			tx.rollback();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
