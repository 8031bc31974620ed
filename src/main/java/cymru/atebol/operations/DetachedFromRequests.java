package cymru.atebol.operations;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Lets the Neo4j driver's connection-pool observations forget the observation that was
 * current when they were created. Micrometer makes the current observation of the thread
 * their parent: the GraphQL request's, which holds the request's whole execution (its
 * input, context and data loaders). The driver keeps each borrowed connection, and so its
 * in-use observation and that parent, reachable from a task it schedules for the
 * connection acquisition timeout, cancelled or not; under load, with the driver's default
 * of 60 s, that was the last minute of requests kept alive in the heap. The service now
 * sets no acquisition timeout (docs/operations.md), but one configured again would bring
 * the tasks back. The pool's metrics need no parent.
 */
final class DetachedFromRequests implements ObservationHandler<Observation.Context> {

	@Override
	public void onStart(Observation.Context context) {
		context.setParentObservation(null);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}

}
