package cymru.atebol.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

import cymru.atebol.system.Durations;
import cymru.atebol.system.ErrorCode;
import cymru.atebol.system.Refusals;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Answers with a {@code TIMEOUT} error once a request has run for
 * {@code atebol.limits.query-timeout} and cancels its execution; the database side is
 * bounded by the transaction timeout of every query ({@code atebol.query.timeout}, by
 * default the same value), which Neo4j enforces itself. The execution runs on a virtual
 * thread of its own: the data fetchers run on the thread that executes the request and
 * block it, so an execution subscribed on the caller's thread would only start the
 * deadline's clock once it had finished.
 */
final class RequestDeadline implements WebGraphQlInterceptor {

	private static final Scheduler EXECUTIONS = Schedulers
		.fromExecutorService(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("graphql-", 0).factory()));

	private final Duration timeout;

	RequestDeadline(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request)
			.subscribeOn(EXECUTIONS)
			.timeout(this.timeout, Mono.fromSupplier(() -> Refusals.response(request, Refusals.error(ErrorCode.TIMEOUT,
					"The request took longer than the maximum of %s (atebol.limits.query-timeout) and was stopped; ask for less."
						.formatted(Durations.print(this.timeout)),
					Map.of("limit", "atebol.limits.query-timeout", "maximum", Durations.print(this.timeout))))));
	}

}
