package cymru.atebol.system;

import java.time.Duration;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns database failures into errors a client can act on: {@code SERVICE_UNAVAILABLE}
 * while Neo4j cannot be reached (the driver reconnects by itself once it is back),
 * {@code TIMEOUT} when Neo4j stopped a query at its transaction timeout (also while it
 * waited for a lock, when Neo4j reports it as terminated). Anything else stays an
 * {@code INTERNAL_ERROR} without details.
 */
@Component
final class DatabaseErrors {

	private static final Log logger = LogFactory.getLog(DatabaseErrors.class);

	private final String timeout;

	DatabaseErrors(@Value("${atebol.query.timeout}") Duration timeout) {
		this.timeout = Durations.print(timeout);
	}

	/**
	 * The error for a database failure, or {@code null} when the failure is not one. The
	 * service talks to Neo4j through the driver only, so what it sees are the driver's
	 * exceptions, as thrown or as the cause of another.
	 */
	@Nullable GraphQLError resolve(Throwable failure, DataFetchingEnvironment environment) {
		DatabaseFailure kind = DatabaseFailure.of(failure).orElse(null);
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case UNAVAILABLE -> {
				logger.warn("Neo4j unavailable: " + failure);
				yield error(environment, ErrorCode.SERVICE_UNAVAILABLE, DatabaseFailure.UNAVAILABLE_MESSAGE, Map.of());
			}
			case TIMED_OUT -> timeout(environment,
					"The database query took longer than the maximum of %s (atebol.query.timeout) and was stopped; ask for less.");
			case TERMINATED -> timeout(environment,
					"The database stopped the transaction before it finished: it took longer than the maximum of %s (atebol.query.timeout), or was terminated. Nothing of it was written; try again.");
		};
	}

	private GraphQLError timeout(DataFetchingEnvironment environment, String message) {
		return timeoutError(environment, "atebol.query.timeout", this.timeout, message.formatted(this.timeout));
	}

	/**
	 * A {@code TIMEOUT} error naming the limit that was reached and its maximum: the one
	 * shape of every timeout, from the database or from the service.
	 */
	static GraphQLError timeoutError(DataFetchingEnvironment environment, String limit, String maximum,
			String message) {
		return error(environment, ErrorCode.TIMEOUT, message, Refusals.limitReached(limit, maximum));
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorCode code, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(code)
			.message(message)
			.extensions(extensions)
			.build();
	}

}
