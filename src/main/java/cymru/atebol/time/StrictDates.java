package cymru.atebol.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Reads dates and date-times strictly: a real calendar date or instant, written in full
 * ISO-8601, in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Anything else (30
 * February, a 13th month, {@code +99999}, a missing offset) is refused with a message
 * that quotes the value and says what to write instead, never read as a nearby date.
 */
public final class StrictDates {

	public static final int FIRST_YEAR = 1000;

	public static final int LAST_YEAR = 2999;

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

	private StrictDates() {
	}

	/** A {@code YYYY-MM-DD} calendar date. */
	public static LocalDate date(String text) {
		if (!DATE.matcher(text).matches()) {
			throw new InvalidDateException(quoted(text) + " is not a date: write it as YYYY-MM-DD, e.g. 2019-04-01");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeException ex) {
			throw new InvalidDateException(quoted(text) + " is not a date: " + reason(ex));
		}
		inRange(text, date.getYear());
		return date;
	}

	/** An ISO-8601 date-time with its offset, e.g. {@code 2026-11-22T09:30:00.123Z}. */
	public static OffsetDateTime dateTime(String text) {
		if (!DATE_TIME.matcher(text).matches()) {
			throw new InvalidDateException(quoted(text)
					+ " is not a date-time: write it as ISO-8601 with an offset, e.g. 2026-11-22T09:30:00Z");
		}
		OffsetDateTime dateTime;
		try {
			dateTime = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeException ex) {
			throw new InvalidDateException(quoted(text) + " is not a date-time: " + reason(ex));
		}
		inRange(text, dateTime.getYear());
		return dateTime;
	}

	private static void inRange(String text, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidDateException(
					quoted(text) + " is out of range: years " + FIRST_YEAR + " to " + LAST_YEAR + " only");
		}
	}

	/**
	 * The JDK's reason without its own quoting of the input ("Invalid date 'FEBRUARY
	 * 30'").
	 */
	private static String reason(DateTimeException ex) {
		String message = (ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage();
		return message.replaceFirst("^Text '[^']*' could not be parsed: ", "");
	}

	/** The value in quotes, cut short if it is long (it is the caller's text). */
	private static String quoted(String text) {
		String shown = (text.length() > 40) ? text.substring(0, 40) + "..." : text;
		return "\"" + shown + "\"";
	}

	/** A date or date-time that is not one. */
	public static final class InvalidDateException extends IllegalArgumentException {

		InvalidDateException(String message) {
			super(message);
		}

	}

}
