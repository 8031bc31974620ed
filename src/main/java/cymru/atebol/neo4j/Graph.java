package cymru.atebol.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.Query;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs Cypher on Neo4j: a read as one auto-commit transaction, a write as one managed
 * transaction, several writes as one transaction. Reads are routed as reads (so a cluster
 * can serve them from secondaries), and every transaction is bounded by the query
 * timeout.
 */
@Component
public final class Graph {

	/**
	 * How long start-up work (schema migrations, the seed check) may take per statement.
	 */
	public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

	private final Driver driver;

	private final @Nullable String database;

	private final QueryConfig readConfig;

	private final QueryConfig writeConfig;

	private final TransactionConfig transactionConfig;

	private final SessionConfig readSessionConfig;

	private final SessionConfig writeSessionConfig;

	Graph(Driver driver, @Value("${atebol.database:}") String database,
			@Value("${atebol.query.timeout}") Duration timeout) {
		this.driver = driver;
		this.database = (database != null && !database.isBlank()) ? database : null;
		this.readConfig = config(RoutingControl.READ, database, timeout);
		this.writeConfig = config(RoutingControl.WRITE, database, timeout);
		this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
		this.readSessionConfig = sessionConfig(AccessMode.READ);
		this.writeSessionConfig = sessionConfig(AccessMode.WRITE);
	}

	/**
	 * Reads and writes share the driver's bookmark manager: a read sees the writes before
	 * it.
	 */
	private SessionConfig sessionConfig(AccessMode mode) {
		SessionConfig.Builder session = SessionConfig.builder()
			.withDefaultAccessMode(mode)
			.withBookmarkManager(this.driver.executableQueryBookmarkManager());
		if (this.database != null) {
			session.withDatabase(this.database);
		}
		return session.build();
	}

	private static QueryConfig config(RoutingControl routing, @Nullable String database, Duration timeout) {
		QueryConfig.Builder builder = QueryConfig.builder().withRouting(routing).withTimeout(timeout);
		if (database != null && !database.isBlank()) {
			builder.withDatabase(database);
		}
		return builder.build();
	}

	/**
	 * The same graph with another timeout per transaction: for start-up work, whose first
	 * statements are planned cold and on a loaded machine can take longer than a request
	 * may.
	 */
	public Graph withTimeout(Duration timeout) {
		return new Graph(this.driver, this.database, timeout);
	}

	/**
	 * Runs one read statement in an auto-commit transaction: one round trip (RUN and PULL
	 * together) where a managed transaction needs BEGIN and COMMIT too, which in the
	 * benchmark is 20-65 % more answers per second from the same Neo4j
	 * (bench/RESULTS.md). It is routed as a read, carries the bookmarks of this service's
	 * writes (so an edit is visible to the next read, in a cluster too) and is bounded by
	 * the query timeout. A failure the driver calls retryable (a cluster member gone, a
	 * leader switch) is tried again as a managed transaction, with the driver's retries;
	 * not when the thread was interrupted (the driver then drops the connection, and the
	 * statement with it).
	 */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		try (Session session = this.driver.session(this.readSessionConfig)) {
			return session.run(new Query(cypher, parameters), this.transactionConfig).list(mapper);
		}
		catch (Neo4jException ex) {
			// an interrupted thread (a request past its deadline) is not tried again
			if (!(ex instanceof RetryableException) || Thread.currentThread().isInterrupted()) {
				throw ex;
			}
			return run(cypher, parameters, this.readConfig).records().stream().map(mapper).toList();
		}
	}

	/**
	 * Runs one read statement and hands each record to {@code each} as Neo4j sends it, so
	 * a whole-graph export never holds the graph in memory. Unlike {@link #read}, a
	 * failure is not tried again: records already handed on may have been written out.
	 */
	public void readEach(String cypher, Map<String, Object> parameters, Consumer<Record> each) {
		try (Session session = this.driver.session(this.readSessionConfig)) {
			session.run(new Query(cypher, parameters), this.transactionConfig).forEachRemaining(each);
		}
	}

	public EagerResult write(String cypher, Map<String, Object> parameters) {
		return run(cypher, parameters, this.writeConfig);
	}

	/**
	 * Runs several statements as one write transaction, bounded by the query timeout: all
	 * of them take effect or none does. The work may run again when Neo4j reports a
	 * transient failure (a deadlock, say), so it must not keep state from an earlier
	 * attempt; an exception it throws rolls the transaction back and reaches the caller
	 * as it is.
	 */
	public <T> T inWriteTransaction(TransactionCallback<T> work) {
		try (Session session = this.driver.session(writeSession())) {
			return session.executeWrite(work, this.transactionConfig);
		}
	}

	/**
	 * A write session that shares its bookmarks with the reads: what it commits is
	 * visible to the next read, also on a cluster member that was behind.
	 */
	public SessionConfig writeSession() {
		return this.writeSessionConfig;
	}

	public Driver driver() {
		return this.driver;
	}

	/**
	 * The database name to open sessions on, or {@code null} for the server's default.
	 */
	public @Nullable String database() {
		return this.database;
	}

	private EagerResult run(String cypher, Map<String, Object> parameters, QueryConfig config) {
		return this.driver.executableQuery(cypher).withParameters(parameters).withConfig(config).execute();
	}

}
