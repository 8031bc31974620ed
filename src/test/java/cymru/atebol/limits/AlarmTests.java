package cymru.atebol.limits;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AlarmTests {

	@AfterEach
	void noInterruptionLeftBehind() {
		// a failed test must not leave the flag for the next one
		Thread.interrupted();
	}

	@Test
	void shouldInterruptTheThreadThatSetItWhenItsTimeIsUp() {
		Alarm alarm = Alarm.set(Duration.ofMillis(50));
		long started = System.nanoTime();
		assertThatExceptionOfType(InterruptedException.class).isThrownBy(() -> Thread.sleep(10_000));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(alarm.stop()).isTrue();
	}

	@Test
	void shouldClearTheInterruptionItLeftWhenStoppedAfterRinging() throws InterruptedException {
		Alarm alarm = Alarm.set(Duration.ofMillis(1));
		while (!Thread.currentThread().isInterrupted()) {
			Thread.onSpinWait();
		}
		assertThat(alarm.stop()).isTrue();
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
		assertThat(alarm.stop()).as("asked again").isTrue();
	}

	@Test
	void shouldNeverRingOnceStopped() throws InterruptedException {
		Alarm alarm = Alarm.set(Duration.ofMillis(100));
		assertThat(alarm.stop()).isFalse();
		Thread.sleep(300);
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
		assertThat(alarm.stop()).isFalse();
	}

	@Test
	void shouldLeaveOtherThreadsAlone() throws InterruptedException {
		Alarm[] alarm = new Alarm[1];
		Thread setter = Thread.ofVirtual().start(() -> alarm[0] = Alarm.set(Duration.ofMillis(1)));
		setter.join();
		Thread.sleep(100);
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
		assertThat(alarm[0].stop()).as("it rang, for the thread that set it").isTrue();
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
	}

}
