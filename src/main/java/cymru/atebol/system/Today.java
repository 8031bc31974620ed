package cymru.atebol.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The date {@code asOf} defaults to: today in Wales, so that a query at 00:30 BST asks
 * about the same day its user sees on the calendar. The time comes from the application's
 * {@link Clock} bean when there is one (tests move it past midnight), else from the
 * system clock.
 */
@Component
public final class Today {

	static final ZoneId WALES = ZoneId.of("Europe/London");

	private final Clock clock;

	Today(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(() -> Clock.system(WALES));
	}

	public LocalDate date() {
		return LocalDate.ofInstant(this.clock.instant(), WALES);
	}

	/** The given date, or today without one. */
	public LocalDate or(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : date();
	}

}
