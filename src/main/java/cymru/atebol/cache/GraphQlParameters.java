package cymru.atebol.cache;

import java.io.IOException;
import java.util.Map;

import graphql.GraphQLError;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;

import cymru.atebol.system.Refusals;

/**
 * The parameters of a GraphQL request, from a POST's JSON body or a GET's URL
 * ({@code query}, {@code operationName}, and {@code variables} and {@code extensions} as
 * URL-encoded JSON objects).
 *
 * @param query the document's text; none when a persisted query's hash stands for it
 * @param operationName the operation to run
 * @param variables the variables (empty when none or null)
 * @param extensions the extensions (empty when none or null)
 */
record GraphQlParameters(@Nullable String query, @Nullable String operationName,
		Map<String, @Nullable Object> variables, Map<String, Object> extensions) {

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	GraphQlParameters {
		variables = (variables != null) ? variables : Map.of();
		extensions = (extensions != null) ? extensions : Map.of();
	}

	/** From a POST body, as Spring for GraphQL reads it. */
	static GraphQlParameters fromBody(ServerRequest request) throws ServletException {
		SerializableGraphQlRequest body;
		try {
			MediaType contentType = request.headers().contentType().orElse(MediaType.APPLICATION_JSON);
			if (APPLICATION_GRAPHQL.includes(contentType)) {
				// some clients still send application/graphql with a JSON body
				request = ServerRequest.from(request)
					.headers((headers) -> headers.setContentType(MediaType.APPLICATION_JSON))
					.body(request.body(byte[].class))
					.build();
			}
			body = request.body(SerializableGraphQlRequest.class);
		}
		catch (IOException ex) {
			throw new ServerWebInputException("I/O error while reading request body", null, ex);
		}
		return new GraphQlParameters(body.getQuery(), emptyToNull(body.getOperationName()), body.getVariables(),
				body.getExtensions());
	}

	/**
	 * From a JSON body already read, as {@link #fromBody} reads it; {@code null} when the
	 * bytes are not such a body.
	 */
	static @Nullable GraphQlParameters fromJson(byte[] body, JsonMapper json) {
		SerializableGraphQlRequest request;
		try {
			request = json.readValue(body, SerializableGraphQlRequest.class);
		}
		catch (JacksonException ex) {
			return null;
		}
		if (request == null) {
			return null;
		}
		return new GraphQlParameters(request.getQuery(), emptyToNull(request.getOperationName()),
				request.getVariables(), request.getExtensions());
	}

	/**
	 * From a GET's URL.
	 * @throws BadParameterException when variables or extensions are not JSON objects
	 */
	@SuppressWarnings("unchecked")
	static GraphQlParameters fromUrl(ServerRequest request, JsonMapper json) {
		return new GraphQlParameters(request.param("query").orElse(null),
				emptyToNull(request.param("operationName").orElse(null)),
				(Map<String, @Nullable Object>) (Map<?, ?>) jsonObject(request, "variables", json),
				jsonObject(request, "extensions", json));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonObject(ServerRequest request, String name, JsonMapper json) {
		String text = request.param(name).orElse("");
		if (text.isBlank()) {
			return Map.of();
		}
		Object value;
		try {
			value = json.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw new BadParameterException(name, "is not JSON");
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new BadParameterException(name, "is not a JSON object");
		}
		return (Map<String, Object>) map;
	}

	private static @Nullable String emptyToNull(@Nullable String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	/** A GET parameter that cannot be read. */
	static final class BadParameterException extends RuntimeException {

		private final String parameter;

		BadParameterException(String parameter, String problem) {
			super("The " + parameter + " parameter " + problem + ": send it as a URL-encoded JSON object.");
			this.parameter = parameter;
		}

		GraphQLError error() {
			return Refusals.error(ErrorType.BAD_REQUEST, getMessage(), Map.of("parameter", this.parameter));
		}

	}

}
