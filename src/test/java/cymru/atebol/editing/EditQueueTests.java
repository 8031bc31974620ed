package cymru.atebol.editing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import cymru.atebol.system.TimedOutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * This instance's edits run one at a time, in the order they arrived, each waiting at
 * most its maximum.
 */
class EditQueueTests {

	@Test
	void shouldRunWaitingEditsInTheOrderTheyArrived() throws Exception {
		EditQueue queue = new EditQueue(Duration.ofSeconds(30));
		CountDownLatch releaseFirst = new CountDownLatch(1);
		List<Integer> order = new CopyOnWriteArrayList<>();
		try (ExecutorService editors = Executors.newVirtualThreadPerTaskExecutor()) {
			holdTheTurn(queue, editors, releaseFirst, () -> order.add(0));
			for (int i = 1; i <= 5; i++) {
				int edit = i;
				editors.submit(() -> queue.inTurn(() -> order.add(edit)));
				waitUntilQueued(queue, i);
			}
			releaseFirst.countDown();
		}
		assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void shouldAnswerAnEditThatWaitedTooLongWithATimeoutAndNotRunIt() throws Exception {
		EditQueue queue = new EditQueue(Duration.ofMillis(200));
		CountDownLatch releaseFirst = new CountDownLatch(1);
		List<String> ran = new CopyOnWriteArrayList<>();
		try (ExecutorService editors = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Boolean> first = holdTheTurn(queue, editors, releaseFirst, () -> ran.add("first"));
			assertThatThrownBy(() -> queue.inTurn(() -> ran.add("second"))).isInstanceOf(TimedOutException.class)
				.hasMessage("The edit waited longer than the maximum of 200ms (atebol.query.timeout) for the edits "
						+ "before it. Nothing of it was written; try again.")
				.satisfies((ex) -> assertThat(((TimedOutException) ex).limit()).isEqualTo("atebol.query.timeout"));
			releaseFirst.countDown();
			first.get(10, TimeUnit.SECONDS);
		}
		assertThat(ran).containsExactly("first");
		assertThat(queue.inTurn(() -> ran.add("third"))).as("the turn is free again").isTrue();
	}

	@Test
	void shouldGiveTheTurnBackWhenAnEditFails() {
		EditQueue queue = new EditQueue(Duration.ofMillis(200));
		assertThatThrownBy(() -> queue.inTurn(() -> {
			throw new IllegalStateException("rolled back");
		})).hasMessage("rolled back");
		assertThat(queue.inTurn(() -> "next")).isEqualTo("next");
	}

	/**
	 * Starts an edit that has its turn until {@code release} is counted down, then runs
	 * {@code then}.
	 */
	private static Future<Boolean> holdTheTurn(EditQueue queue, ExecutorService editors, CountDownLatch release,
			Supplier<Boolean> then) throws InterruptedException {
		CountDownLatch running = new CountDownLatch(1);
		Future<Boolean> edit = editors.submit(() -> queue.inTurn(() -> {
			running.countDown();
			await(release);
			return then.get();
		}));
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		return edit;
	}

	private static void waitUntilQueued(EditQueue queue, int waiting) throws InterruptedException {
		for (int i = 0; i < 1000 && queue.waiting() < waiting; i++) {
			Thread.sleep(5);
		}
		assertThat(queue.waiting()).isEqualTo(waiting);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
