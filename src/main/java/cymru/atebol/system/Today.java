package cymru.atebol.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The service's one clock: the date {@code asOf} defaults to (today in Wales, so that a
 * query at 00:30 BST asks about the same day its user sees on the calendar), and the
 * moment a change is recorded at (UTC, to the millisecond). The time comes from the
 * application's {@link Clock} bean when there is one (tests move it past midnight), else
 * from the system clock.
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

	/**
	 * Now, to the millisecond: the precision the API prints a {@code DateTime} in, so
	 * that a record time the API returns, passed back as {@code recordedAsOf}, shows the
	 * state that includes the change it was recorded with.
	 */
	public Instant instant() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * {@link #instant()} as the record time a fact is written with ({@code recordedFrom},
	 * {@code recordedTo}): a Neo4j DateTime in UTC.
	 */
	public ZonedDateTime recordTime() {
		return instant().atZone(ZoneOffset.UTC);
	}

}
