package cymru.atebol.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A date as precisely as a source gives it: a year, a month or a day. As the start of a
 * period it counts from the first day, as the end from the last day.
 *
 * @param text the date as written ({@code 2018}, {@code 2025-06} or {@code 2019-04-01})
 * @param precision how much of it is known
 */
public record FuzzyDate(String text, Precision precision) implements Comparable<FuzzyDate> {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/** The first year a date may have: anything earlier is taken for a typing mistake. */
	public static final int FIRST_YEAR = 1000;

	/** The last year a date may have. */
	public static final int LAST_YEAR = 2999;

	/** How precisely a date is known. */
	public enum Precision {

		YEAR, MONTH, DAY

	}

	/**
	 * Parses a date as written in a seed file.
	 * @return the date, or {@code null} if the text is not a real YYYY, YYYY-MM or
	 * YYYY-MM-DD date (a calendar date: no 30 February, no month 13) in the years
	 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}
	 */
	public static @Nullable FuzzyDate parse(String text) {
		String value = text.strip();
		if (!FORMAT.matcher(value).matches()) {
			return null;
		}
		int year = Integer.parseInt(value.substring(0, 4));
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			return null;
		}
		try {
			Precision precision = switch (value.length()) {
				case 4 -> Precision.YEAR;
				case 7 -> Precision.MONTH;
				default -> Precision.DAY;
			};
			FuzzyDate date = new FuzzyDate(value, precision);
			date.first();
			return date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public static FuzzyDate of(LocalDate day) {
		return new FuzzyDate(day.toString(), Precision.DAY);
	}

	/** The first day of the period: how a start date is stored. */
	public LocalDate first() {
		return switch (this.precision) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.text), 1, 1);
			case MONTH -> YearMonth.parse(this.text).atDay(1);
			case DAY -> LocalDate.parse(this.text);
		};
	}

	/** The last day of the period: how an end date is stored. */
	public LocalDate last() {
		return switch (this.precision) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.text), 12, 31);
			case MONTH -> YearMonth.parse(this.text).atEndOfMonth();
			case DAY -> LocalDate.parse(this.text);
		};
	}

	/**
	 * The day after the period, as a date of the same precision: when something ending
	 * here ended.
	 */
	public FuzzyDate following() {
		return switch (this.precision) {
			case YEAR, MONTH -> this;
			case DAY -> of(LocalDate.parse(this.text).plusDays(1));
		};
	}

	/**
	 * The period just before this one, as precise: the day, month or year before. What
	 * ends when something starting here begins ({@code 2019-04-01} -> {@code 2019-03-31},
	 * {@code 2019-04} -> {@code 2019-03}, {@code 2019} -> {@code 2018}).
	 */
	public FuzzyDate preceding() {
		return switch (this.precision) {
			case YEAR -> new FuzzyDate(Integer.toString(Integer.parseInt(this.text) - 1), Precision.YEAR);
			case MONTH -> new FuzzyDate(YearMonth.parse(this.text).minusMonths(1).toString(), Precision.MONTH);
			case DAY -> of(LocalDate.parse(this.text).minusDays(1));
		};
	}

	@Override
	public int compareTo(FuzzyDate other) {
		return first().compareTo(other.first());
	}

	@Override
	public String toString() {
		return this.text;
	}

}
