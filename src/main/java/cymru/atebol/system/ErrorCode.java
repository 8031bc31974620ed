package cymru.atebol.system;

import graphql.ErrorClassification;

/**
 * Error classifications that Spring's
 * {@link org.springframework.graphql.execution.ErrorType} lacks; they appear as
 * {@code extensions.classification} so that clients can tell "try again" from "ask for
 * less".
 */
public enum ErrorCode implements ErrorClassification {

	/** The graph database cannot be reached; the same request may succeed shortly. */
	SERVICE_UNAVAILABLE,

	/**
	 * The request or its database query ran longer than the configured timeout and was
	 * stopped.
	 */
	TIMEOUT,

	/**
	 * An edit was based on a version of a fact that is no longer the current one, or
	 * would record a fact the graph already holds: reload and reapply.
	 */
	CONFLICT

}
