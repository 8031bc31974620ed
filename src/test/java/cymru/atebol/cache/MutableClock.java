package cymru.atebol.cache;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** A clock a test sets (or leaves on the system's time: {@code null}). */
final class MutableClock extends Clock {

	private volatile @Nullable Instant now;

	void set(@Nullable Instant now) {
		this.now = now;
	}

	@Override
	public Instant instant() {
		Instant fixed = this.now;
		return (fixed != null) ? fixed : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Europe/London");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

}
