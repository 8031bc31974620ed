package cymru.atebol.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

import cymru.atebol.system.Durations;
import cymru.atebol.system.OperationKinds;
import cymru.atebol.system.OperationKinds.Kind;
import cymru.atebol.system.ErrorCode;
import cymru.atebol.system.Refusals;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Answers a query with a {@code TIMEOUT} error once it has run for
 * {@code atebol.limits.query-timeout} and cancels its execution; the database side is
 * bounded by the transaction timeout of every query ({@code atebol.query.timeout}, by
 * default the same value), which Neo4j enforces itself. The execution runs on a virtual
 * thread of its own: the data fetchers run on the thread that executes the request and
 * block it, so an execution subscribed on the caller's thread would only start the
 * deadline's clock once it had finished.
 * <p>
 * A mutation is not cut short: an answer given at the deadline could only guess whether
 * its transaction, still running, would commit, and an editor told {@code TIMEOUT} must
 * be able to trust that nothing was written. Its transaction is bounded by Neo4j's
 * transaction timeout instead, so its answer is what happened: applied, or stopped and
 * rolled back ({@code TIMEOUT} from the database).
 */
final class RequestDeadline implements WebGraphQlInterceptor {

	private static final Scheduler EXECUTIONS = Schedulers
		.fromExecutorService(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("graphql-", 0).factory()));

	private final Duration timeout;

	private final OperationKinds kinds;

	RequestDeadline(Duration timeout, OperationKinds kinds) {
		this.timeout = timeout;
		this.kinds = kinds;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Mono<WebGraphQlResponse> execution = chain.next(request).subscribeOn(EXECUTIONS);
		if (this.kinds.of(request.getDocument(), request.getOperationName()) == Kind.MUTATION) {
			return execution;
		}
		return execution.timeout(this.timeout, Mono.fromSupplier(() -> Refusals.response(request, Refusals.error(
				ErrorCode.TIMEOUT,
				"The request took longer than the maximum of %s (atebol.limits.query-timeout) and was stopped; ask for less."
					.formatted(Durations.print(this.timeout)),
				Map.of("limit", "atebol.limits.query-timeout", "maximum", Durations.print(this.timeout))))));
	}

}
