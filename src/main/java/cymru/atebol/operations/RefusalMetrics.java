package cymru.atebol.operations;

import java.util.Map;

import graphql.GraphQLError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Counts the requests a limit refused as {@code atebol.refusals}, tagged with the
 * {@code reason}: the configuration key the refusal names in {@code extensions.limit}
 * (atebol.limits.max-depth, ...query-timeout, ...). It sits outside every limit, so it
 * sees the refusals of all of them; an oversized body, which never reaches GraphQL, is
 * counted by {@link OversizedBodyMetrics}.
 */
final class RefusalMetrics implements WebGraphQlInterceptor {

	static final String METER = "atebol.refusals";

	private final MeterRegistry registry;

	RefusalMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(this::count);
	}

	private void count(WebGraphQlResponse response) {
		for (GraphQLError error : response.getExecutionResult().getErrors()) {
			Map<String, Object> extensions = error.getExtensions();
			if (extensions != null && extensions.get("limit") instanceof String limit) {
				increment(this.registry, limit);
				return;
			}
		}
	}

	static void increment(MeterRegistry registry, String reason) {
		Counter.builder(METER)
			.description("Requests refused by a limit, by the limit's configuration key")
			.tag("reason", reason)
			.register(registry)
			.increment();
	}

}
