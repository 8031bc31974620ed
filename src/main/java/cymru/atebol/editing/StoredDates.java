package cymru.atebol.editing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cymru.atebol.seed.FuzzyDate;

/**
 * Dates as facts store them, as the seed loader writes them: a day and its precision, a
 * start as the first day of its period and an end as the last.
 */
final class StoredDates {

	private StoredDates() {
	}

	/** A start date as stored: the first day of its period. */
	static Map<String, @Nullable Object> from(@Nullable FuzzyDate date) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("validFrom", (date != null) ? date.first() : null);
		props.put("validFromPrecision", (date != null) ? date.precision().name() : null);
		return props;
	}

	/** An end date as stored: the last day of its period. */
	static Map<String, @Nullable Object> to(FuzzyDate date) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("validTo", date.last());
		props.put("validToPrecision", date.precision().name());
		return props;
	}

	/** A fact's start, read back as it was written. */
	static @Nullable FuzzyDate validFrom(Map<String, Object> props) {
		return stored(props.get("validFrom"), props.get("validFromPrecision"));
	}

	/** A fact's end, read back as it was written. */
	static @Nullable FuzzyDate validTo(Map<String, Object> props) {
		return stored(props.get("validTo"), props.get("validToPrecision"));
	}

	/** A stored date read back as written, from the day and its precision. */
	private static @Nullable FuzzyDate stored(@Nullable Object day, @Nullable Object precision) {
		if (!(day instanceof LocalDate date)) {
			return null;
		}
		String text = switch ((precision != null) ? precision.toString() : "DAY") {
			case "YEAR" -> Integer.toString(date.getYear());
			case "MONTH" -> YearMonth.from(date).toString();
			default -> date.toString();
		};
		return FuzzyDate.parse(text);
	}

}
