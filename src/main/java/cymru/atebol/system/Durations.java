package cymru.atebol.system;

import java.time.Duration;

/**
 * Durations the way the configuration writes them ({@code 10s}, {@code 1500ms}), for
 * messages.
 */
public final class Durations {

	private Durations() {
	}

	public static String print(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

}
