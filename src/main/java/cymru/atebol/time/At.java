package cymru.atebol.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The moment a read is evaluated at: the day ({@code asOf}), the record time
 * ({@code recordedAsOf}, null: what the graph holds now) and whether facts whose start is
 * not known are left out ({@code datesKnown}). Its {@link #parameters()} are the ones
 * every {@link TimeRules} fragment reads.
 */
public record At(LocalDate asOf, @Nullable OffsetDateTime recordedAsOf, boolean datesKnown) {

	/**
	 * The record time in UTC, as every record time is stored: Neo4j orders two DateTimes
	 * of the same instant by their zones, so only values in one zone compare as instants.
	 */
	public At {
		recordedAsOf = (recordedAsOf != null) ? recordedAsOf.withOffsetSameInstant(ZoneOffset.UTC) : null;
	}

	public static At day(LocalDate asOf) {
		return new At(asOf, null, false);
	}

	/** A query's moment from its arguments ({@code datesKnown} absent: false). */
	public static At of(LocalDate asOf, @Nullable OffsetDateTime recordedAsOf, @Nullable Boolean datesKnown) {
		return new At(asOf, recordedAsOf, Boolean.TRUE.equals(datesKnown));
	}

	/** The same moment on another day (a nested field's own {@code asOf}). */
	public At on(@Nullable LocalDate day) {
		return (day == null || day.equals(this.asOf)) ? this : new At(day, this.recordedAsOf, this.datesKnown);
	}

	/**
	 * {@code $asOf}, {@code $recordedAsOf} and {@code $datesKnown}, in a map that takes
	 * more.
	 */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", this.asOf);
		parameters.put("recordedAsOf", this.recordedAsOf);
		parameters.put("datesKnown", this.datesKnown);
		return parameters;
	}

}
