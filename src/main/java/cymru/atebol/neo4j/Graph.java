package cymru.atebol.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one Cypher statement as one managed transaction: reads are routed as reads (so a cluster
 * can serve them from secondaries), and every transaction is bounded by the query timeout.
 */
@Component
public final class Graph {

	/** How long start-up work (schema migrations, the seed check) may take per statement. */
	public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

	private final Driver driver;

	private final @Nullable String database;

	private final QueryConfig readConfig;

	private final QueryConfig writeConfig;

	private final TransactionConfig transactionConfig;

	Graph(Driver driver, @Value("${atebol.database:}") String database,
			@Value("${atebol.query.timeout:10s}") Duration timeout) {
		this.driver = driver;
		this.database = database;
		this.readConfig = config(RoutingControl.READ, database, timeout);
		this.writeConfig = config(RoutingControl.WRITE, database, timeout);
		this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
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
	 * statements are planned cold and on a loaded machine can take longer than a request may.
	 */
	public Graph withTimeout(Duration timeout) {
		return new Graph(this.driver, this.database, timeout);
	}

	public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return run(cypher, parameters, this.readConfig).records().stream().map(mapper).toList();
	}

	public EagerResult write(String cypher, Map<String, Object> parameters) {
		return run(cypher, parameters, this.writeConfig);
	}

	/**
	 * Runs several statements as one write transaction, bounded by the query timeout: all of
	 * them take effect or none does. The work may run again when Neo4j reports a transient
	 * failure (a deadlock, say), so it must not keep state from an earlier attempt; an
	 * exception it throws rolls the transaction back and reaches the caller as it is.
	 */
	public <T> T inWriteTransaction(TransactionCallback<T> work) {
		String database = database();
		SessionConfig config = (database != null) ? SessionConfig.forDatabase(database) : SessionConfig.defaultConfig();
		try (Session session = this.driver.session(config)) {
			return session.executeWrite(work, this.transactionConfig);
		}
	}

	public Driver driver() {
		return this.driver;
	}

	/** The database name to open sessions on, or {@code null} for the server's default. */
	public @Nullable String database() {
		return this.writeConfig.database().orElse(null);
	}

	private EagerResult run(String cypher, Map<String, Object> parameters, QueryConfig config) {
		return this.driver.executableQuery(cypher).withParameters(parameters).withConfig(config).execute();
	}

}
