package cymru.atebol.limits;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * Interrupts the thread that set it once its time is up, unless stopped before. Stopping
 * says whether it rang, and on that thread clears the interruption it left, so the thread
 * goes on (to write the answer) as if it had not been interrupted. One clock thread
 * serves every alarm; setting and stopping one puts a task on its queue and takes it off.
 */
final class Alarm {

	private static final ScheduledThreadPoolExecutor CLOCK = clock();

	private final Thread thread;

	private final ReentrantLock lock = new ReentrantLock();

	private @Nullable ScheduledFuture<?> ringing;

	private boolean rang;

	private boolean stopped;

	private Alarm(Thread thread) {
		this.thread = thread;
	}

	/** An alarm for the calling thread, ringing after {@code after}. */
	static Alarm set(Duration after) {
		Alarm alarm = new Alarm(Thread.currentThread());
		alarm.lock.lock();
		try {
			alarm.ringing = CLOCK.schedule(alarm::ring, after.toNanos(), TimeUnit.NANOSECONDS);
		}
		finally {
			alarm.lock.unlock();
		}
		return alarm;
	}

	private void ring() {
		this.lock.lock();
		try {
			if (!this.stopped) {
				this.rang = true;
				this.stopped = true;
				this.thread.interrupt();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops the alarm if it has not rung; whether it had. Safe to call more than once
	 * (every call gives the same answer).
	 */
	boolean stop() {
		this.lock.lock();
		try {
			if (!this.stopped) {
				this.stopped = true;
				if (this.ringing != null) {
					this.ringing.cancel(false);
				}
			}
			if (this.rang && Thread.currentThread() == this.thread) {
				Thread.interrupted();
			}
			return this.rang;
		}
		finally {
			this.lock.unlock();
		}
	}

	private static ScheduledThreadPoolExecutor clock() {
		ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1,
				Thread.ofPlatform().name("request-deadline").daemon().factory());
		// a stopped alarm leaves the queue at once instead of at its time
		clock.setRemoveOnCancelPolicy(true);
		return clock;
	}

}
