package cymru.atebol.editing;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cymru.atebol.system.Durations;
import cymru.atebol.system.TimedOutException;

/**
 * This instance's edits, one at a time and first come, first served. Every edit locks the
 * dataset node for its whole transaction (the dataset version), so edits run one after
 * the other in Neo4j anyway; but Neo4j's lock waits are neither ordered nor cheap: under
 * load a waiting transaction could be overtaken again and again until Neo4j stopped it at
 * its timeout. Here an edit waits for its turn before it opens a transaction, in arrival
 * order, at most {@code atebol.query.timeout}; one that does not get its turn by then is
 * answered TIMEOUT and nothing of it is written. (Edits of other instances on the same
 * database still meet in Neo4j's lock.)
 */
@Component
final class EditQueue {

	private final Semaphore turn = new Semaphore(1, true);

	private final Duration maximumWait;

	EditQueue(@Value("${atebol.query.timeout}") Duration maximumWait) {
		this.maximumWait = maximumWait;
	}

	/**
	 * Runs the edit in its turn, or throws {@link TimedOutException} without running it.
	 */
	<T> T inTurn(Supplier<T> edit) {
		if (!awaitTurn()) {
			String maximum = Durations.print(this.maximumWait);
			throw new TimedOutException("atebol.query.timeout", maximum,
					"The edit waited longer than the maximum of %s (atebol.query.timeout) for the edits before it. Nothing of it was written; try again."
						.formatted(maximum));
		}
		try {
			return edit.get();
		}
		finally {
			this.turn.release();
		}
	}

	/**
	 * How many edits wait for their turn (an estimate, as the JDK's semaphore gives it).
	 */
	int waiting() {
		return this.turn.getQueueLength();
	}

	private boolean awaitTurn() {
		try {
			return this.turn.tryAcquire(this.maximumWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
