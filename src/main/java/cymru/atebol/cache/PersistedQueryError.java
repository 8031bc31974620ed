package cymru.atebol.cache;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;

import cymru.atebol.system.Refusals;

/**
 * The persisted-query errors, with the {@code extensions.code} Apollo Client's
 * persisted-queries link looks for.
 */
enum PersistedQueryError implements ErrorClassification {

	/** The hash is not known: send the query's text with it once. */
	PERSISTED_QUERY_NOT_FOUND,

	/** Persisted queries are switched off here: send the query's text. */
	PERSISTED_QUERY_NOT_SUPPORTED,

	/** Only registered operations are run here, and this is not one of them. */
	PERSISTED_QUERY_NOT_ALLOWED,

	/** The hash is malformed, of an unknown version, or not the hash of the text sent. */
	PERSISTED_QUERY_INVALID;

	GraphQLError error(String message) {
		return Refusals.error(this, message, Map.of("code", name()));
	}

}
