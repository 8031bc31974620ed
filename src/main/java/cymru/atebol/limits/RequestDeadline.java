package cymru.atebol.limits;

import java.time.Duration;

import cymru.atebol.system.Durations;
import cymru.atebol.system.OperationKinds;
import cymru.atebol.system.OperationKinds.Kind;
import cymru.atebol.system.ErrorCode;
import cymru.atebol.system.Refusals;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Answers a query with a {@code TIMEOUT} error once it has run for
 * {@code atebol.limits.query-timeout}. The execution runs on the request's own thread
 * (data fetchers and batch loaders are called on it, see {@code LighterExecution}), so
 * there is no thread to hand over to per request: an {@link Alarm} set when the execution
 * starts interrupts that thread at the deadline. A query waiting on Neo4j then stops at
 * once (the driver drops the connection, and Neo4j ends the transaction with it), a field
 * waiting on anything else is woken, and the answer is the {@code TIMEOUT} error whatever
 * the execution made of the interruption. The database side is also bounded by the
 * transaction timeout of every query ({@code atebol.query.timeout}, by default the same
 * value), which Neo4j enforces itself.
 * <p>
 * A mutation is not cut short: an answer given at the deadline could only guess whether
 * its transaction, still running, would commit, and an editor told {@code TIMEOUT} must
 * be able to trust that nothing was written. Its transaction is bounded by Neo4j's
 * transaction timeout instead, so its answer is what happened: applied, or stopped and
 * rolled back ({@code TIMEOUT} from the database).
 */
final class RequestDeadline implements WebGraphQlInterceptor {

	private final Duration timeout;

	private final OperationKinds kinds;

	RequestDeadline(Duration timeout, OperationKinds kinds) {
		this.timeout = timeout;
		this.kinds = kinds;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Mono<WebGraphQlResponse> execution = chain.next(request);
		if (this.kinds.of(request.getDocument(), request.getOperationName()) == Kind.MUTATION) {
			return execution;
		}
		return Mono.defer(() -> {
			Alarm alarm = Alarm.set(this.timeout);
			return execution.map((response) -> alarm.stop() ? timedOut(request) : response)
				.onErrorResume((ex) -> alarm.stop() ? Mono.just(timedOut(request)) : Mono.error(ex))
				.doFinally((signal) -> alarm.stop());
		});
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		return Refusals.response(request, Refusals.error(ErrorCode.TIMEOUT,
				"The request took longer than the maximum of %s (atebol.limits.query-timeout) and was stopped; ask for less."
					.formatted(Durations.print(this.timeout)),
				Refusals.limitReached("atebol.limits.query-timeout", Durations.print(this.timeout))));
	}

}
