package cymru.atebol.system;

import java.util.Optional;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * What a database failure means to a client, read off the Neo4j driver's exception (as
 * thrown or as the cause of another): Neo4j could not be reached, stopped a query at its
 * transaction timeout, or stopped a transaction (at its timeout while it waited for a
 * lock, or ended by an administrator). All three may work when tried again; any other
 * failure is none of them.
 */
public enum DatabaseFailure {

	/** Neo4j cannot be reached; the driver reconnects by itself once it is back. */
	UNAVAILABLE,

	/** Neo4j stopped the query at its transaction timeout. */
	TIMED_OUT,

	/**
	 * Neo4j stopped the transaction before it finished: at its timeout while it waited
	 * for a lock (an edit queued behind others), or an administrator ended it.
	 */
	TERMINATED;

	/**
	 * What a client is told when Neo4j cannot be reached, by GraphQL and plain HTTP
	 * alike.
	 */
	static final String UNAVAILABLE_MESSAGE = "The graph database is unavailable; try again shortly.";

	public static Optional<DatabaseFailure> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
				return Optional.of(UNAVAILABLE);
			}
			String code = (cause instanceof Neo4jException neo4j) ? neo4j.code() : null;
			if (code == null) {
				continue;
			}
			if (code.contains("TransactionTimedOut")) {
				return Optional.of(TIMED_OUT);
			}
			if (code.endsWith("Transaction.Terminated") || code.endsWith("Transaction.LockClientStopped")) {
				return Optional.of(TERMINATED);
			}
		}
		return Optional.empty();
	}

}
