package cymru.atebol.version;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One state of the dataset: its number and when it was recorded. A store restored from a
 * backup and edited again reuses numbers with other record times, so the pair (not the
 * number alone) names a state.
 *
 * @param number 0 before the first seed load or edit, then 1, 2, ...
 * @param recordedAt the state's record time, {@code null} for state 0
 */
public record DatasetVersion(long number, @Nullable Instant recordedAt) {

	/** The state of a database no seed load or edit has touched. */
	public static final DatasetVersion NONE = new DatasetVersion(0, null);

	/**
	 * A short text naming the state, for cache keys and ETags: {@code 12-1764680400123}.
	 */
	public String tag() {
		return this.number + "-" + ((this.recordedAt != null) ? this.recordedAt.toEpochMilli() : 0);
	}

}
