package cymru.atebol.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The date {@code asOf} defaults to: today in Wales, so that a query at 00:30 BST asks
 * about the same day its user sees on the calendar.
 */
@Component
public final class Today {

	static final ZoneId WALES = ZoneId.of("Europe/London");

	private final Clock clock;

	Today() {
		this(Clock.system(WALES));
	}

	Today(Clock clock) {
		this.clock = clock;
	}

	public LocalDate date() {
		return LocalDate.now(this.clock);
	}

	/** The given date, or today without one. */
	public LocalDate or(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : date();
	}

}
