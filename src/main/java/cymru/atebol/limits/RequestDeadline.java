package cymru.atebol.limits;

import java.time.Duration;
import java.util.Map;

import cymru.atebol.system.Durations;
import cymru.atebol.system.ErrorCode;
import cymru.atebol.system.Refusals;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Answers with a {@code TIMEOUT} error once a request has run for
 * {@code atebol.limits.query-timeout} and cancels its execution; the database side is
 * bounded by the transaction timeout of every query ({@code atebol.query.timeout}, by
 * default the same value), which Neo4j enforces itself.
 */
final class RequestDeadline implements WebGraphQlInterceptor {

	private final Duration timeout;

	RequestDeadline(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request)
			.timeout(this.timeout, Mono.fromSupplier(() -> Refusals.response(request, Refusals.error(ErrorCode.TIMEOUT,
					"The request took longer than the maximum of %s (atebol.limits.query-timeout) and was stopped; ask for less."
						.formatted(Durations.print(this.timeout)),
					Map.of("limit", "atebol.limits.query-timeout", "maximum", Durations.print(this.timeout))))));
	}

}
