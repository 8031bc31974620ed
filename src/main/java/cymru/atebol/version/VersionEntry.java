package cymru.atebol.version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One recorded state of the dataset as the version list shows it: its public id (the
 * number), its record time and what made it.
 *
 * @param number the version's id: 1, 2, ... in the order the states were recorded
 * @param recordedAt the record time every fact it wrote carries (UTC, milliseconds)
 * @param kind {@code SEED_LOAD} or {@code EDIT}
 * @param recordedBy the editor, or {@code seed}
 * @param operation the mutation's name, or {@code seedLoad}
 * @param description a line saying what changed
 */
public record VersionEntry(long number, OffsetDateTime recordedAt, String kind, String recordedBy, String operation,
		String description) {

	public VersionEntry {
		recordedAt = recordedAt.withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** The record time as the API writes DateTimes ({@code 2026-12-03T10:15:00.123Z}). */
	public String recordedAtText() {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(this.recordedAt);
	}

}
