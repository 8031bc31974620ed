package cymru.atebol.limits;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import cymru.atebol.system.Refusals;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Refuses a query document or a variables object over its size limit before graphql-java
 * parses the document or coerces the variables; {@link RequestBodyLimit} has already
 * bounded the body.
 */
final class RequestSizeLimit implements WebGraphQlInterceptor {

	private final QueryLimits limits;

	RequestSizeLimit(QueryLimits limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long documentBytes = request.getDocument().getBytes(StandardCharsets.UTF_8).length;
		long maxDocument = this.limits.maxDocumentBytes().toBytes();
		if (documentBytes > maxDocument) {
			return Mono.just(Refusals.response(request, Refusals.limit(
					"The query document is %d bytes, more than the maximum of %d (atebol.limits.max-document-bytes)."
						.formatted(documentBytes, maxDocument),
					"atebol.limits.max-document-bytes", maxDocument, documentBytes)));
		}
		long variablesBytes = jsonBytes(request.getVariables());
		long maxVariables = this.limits.maxVariablesBytes().toBytes();
		if (variablesBytes > maxVariables) {
			return Mono.just(Refusals.response(request, Refusals.limit(
					"The variables are %d bytes, more than the maximum of %d (atebol.limits.max-variables-bytes)."
						.formatted(variablesBytes, maxVariables),
					"atebol.limits.max-variables-bytes", maxVariables, variablesBytes)));
		}
		return chain.next(request);
	}

	/**
	 * The size of a value written as compact JSON (strings unescaped), without writing
	 * it.
	 */
	static long jsonBytes(@Nullable Object value) {
		return switch (value) {
			case null -> 4;
			case CharSequence text -> 2 + text.toString().getBytes(StandardCharsets.UTF_8).length;
			case Map<?, ?> map -> 2 + commas(map.size())
					+ map.entrySet()
						.stream()
						.mapToLong(e -> jsonBytes(String.valueOf(e.getKey())) + 1 + jsonBytes(e.getValue()))
						.sum();
			case Collection<?> list ->
				2 + commas(list.size()) + list.stream().mapToLong(RequestSizeLimit::jsonBytes).sum();
			default -> String.valueOf(value).length();
		};
	}

	private static long commas(int elements) {
		return Math.max(0, elements - 1);
	}

}
