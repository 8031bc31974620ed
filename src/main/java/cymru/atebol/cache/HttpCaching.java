package cymru.atebol.cache;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import cymru.atebol.system.Refusals;

/**
 * The validators and rules of HTTP caching for GraphQL GETs and exports: a strong ETag
 * from the dataset version and everything else an answer to the same URL depends on, and
 * {@code If-None-Match} compared with it (RFC 9110: weak comparison).
 */
final class HttpCaching {

	private HttpCaching() {
	}

	/**
	 * The ETag of an answer to a URL: changes with the dataset version, the date
	 * {@code asOf} defaults to, the media type answered, and the URL's query.
	 */
	static String etag(String version, @Nullable LocalDate today, MediaType mediaType, @Nullable String query) {
		String request = PersistedQueries.sha256(today + "\n" + mediaType + "\n" + query).substring(0, 20);
		return "\"" + version + "-" + request + "\"";
	}

	/** Whether an {@code If-None-Match} header names the ETag. */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the client asked for an answer not taken from a cache
	 * ({@code Cache-Control: no-cache}, as a browser's forced reload sends).
	 */
	static boolean noCache(HttpServletRequest request) {
		return Collections.list(request.getHeaders(HttpHeaders.CACHE_CONTROL))
			.stream()
			.anyMatch((value) -> value.contains("no-cache"));
	}

	/** A GraphQL response of one error, as JSON. */
	static byte[] error(GraphQLError error, JsonMapper json) {
		return json.writeValueAsBytes(Refusals.responseBody(error));
	}

	/** A GraphQL response of one error refusing the HTTP method, as JSON. */
	static byte[] error(String message, JsonMapper json) {
		return error(Refusals.error(ErrorClassification.errorClassification("METHOD_NOT_ALLOWED"), message, Map.of()),
				json);
	}

}
