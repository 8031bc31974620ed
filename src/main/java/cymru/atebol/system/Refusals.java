package cymru.atebol.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * GraphQL errors for requests refused before they run (limits, authorisation, timeouts):
 * one error with a message that names the rule and an {@code extensions.classification}.
 */
public final class Refusals {

	private Refusals() {
	}

	public static GraphQLError error(ErrorClassification classification, String message,
			Map<String, Object> extensions) {
		// no locations: a refusal is about the whole request, not a place in its document
		return GraphqlErrorBuilder.newError()
			.errorType(classification)
			.message(message)
			.locations(null)
			.extensions(extensions)
			.build();
	}

	/**
	 * A limit refusal: {@code BAD_REQUEST}, with the configuration key, the maximum and
	 * the actual value in {@code extensions} so that a client can adapt without parsing
	 * the message, in that order (then {@code classification}).
	 */
	public static GraphQLError limit(String message, String key, Object maximum, Object actual) {
		Map<String, Object> extensions = limitReached(key, maximum);
		extensions.put("actual", actual);
		return error(ErrorType.BAD_REQUEST, message, extensions);
	}

	/**
	 * The {@code extensions} of a refusal that names a limit (its configuration key) and
	 * its maximum, in that order, to which more may be added: an answer reads the same
	 * from one run of the service to the next ({@code Map.of} iterates in an order that
	 * changes from run to run).
	 */
	public static Map<String, Object> limitReached(String key, Object maximum) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("limit", key);
		extensions.put("maximum", maximum);
		return extensions;
	}

	/**
	 * Wraps an error in the exception graphql-java turns into a response without
	 * executing anything, when thrown from an instrumentation before execution.
	 */
	public static AbortExecutionException abort(GraphQLError error) {
		return new AbortExecutionException(List.of(error));
	}

	/**
	 * A whole response made of one error, for interceptors that answer instead of
	 * executing.
	 */
	public static WebGraphQlResponse response(WebGraphQlRequest request, GraphQLError error) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result(error)));
	}

	/**
	 * A whole response made of one error, as the members of its JSON body
	 * ({@code {"errors": [...]}}), for filters and handlers that write it themselves.
	 */
	public static Map<String, Object> responseBody(GraphQLError error) {
		return result(error).toSpecification();
	}

	private static ExecutionResult result(GraphQLError error) {
		return ExecutionResult.newExecutionResult().addError(error).build();
	}

}
