package cymru.atebol.editing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Citation;
import cymru.atebol.seed.FuzzyDate;

/**
 * One edit in progress: who makes it, the moment it is recorded at (every fact it writes
 * gets this record time) and today's date, with the bookkeeping every written fact
 * carries.
 *
 * @param editor the signed-in editor's name, stored as {@code recordedBy}
 * @param now the record time of everything the edit writes
 * @param today the date corrections and undated events are dated
 */
record Edit(String editor, ZonedDateTime now, LocalDate today) {

	/** A readable, unique event id: {@code edit-<kind>-<subject>-<8 hex digits>}. */
	String eventId(String kind, String subject) {
		return "edit-" + kind.toLowerCase().replace('_', '-') + "-" + subject + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A new fact's properties with its bookkeeping: version 1, recorded now by the
	 * editor.
	 */
	Map<String, Object> first(Map<String, @Nullable Object> content) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>(content);
		props.put("version", 1L);
		props.put("recordedFrom", this.now);
		props.put("versionRecordedFrom", this.now);
		props.put("recordedBy", this.editor);
		return EditCypher.withoutNulls(props);
	}

	/**
	 * The next version of a fact: its properties with the changes, version + 1, this
	 * version recorded now by the editor. {@code recordedFrom} stays when the fact was
	 * first recorded for an entity; a relationship's new version is a new relationship,
	 * recorded from now.
	 */
	Map<String, Object> next(Map<String, Object> current, Map<String, @Nullable Object> changes, boolean entity) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>(current);
		props.putAll(changes);
		long version = ((Number) current.getOrDefault("version", 1L)).longValue();
		props.put("version", version + 1);
		if (!entity) {
			props.put("recordedFrom", this.now);
		}
		props.put("versionRecordedFrom", this.now);
		props.put("recordedBy", this.editor);
		props.remove("recordedTo");
		return EditCypher.withoutNulls(props);
	}

	/** A change event's properties (docs/graph-model.md). */
	Map<String, Object> event(String id, String kind, FuzzyDate date, String description, List<String> relationshipIds,
			List<Citation> sources) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("id", id);
		props.put("kind", kind);
		props.put("date", date.first());
		props.put("datePrecision", date.precision().name());
		props.put("description", description);
		props.put("relationshipIds", new ArrayList<>(relationshipIds));
		props.put("derived", false);
		props.putAll(Citations.lists(sources));
		return first(props);
	}

	static List<Map<String, Object>> touched(String role, List<String> ids) {
		return ids.stream().map(id -> Map.<String, Object>of("id", id, "role", role)).toList();
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

	/** A stored date read back as written, from the day and its precision. */
	static @Nullable FuzzyDate stored(@Nullable Object day, @Nullable Object precision) {
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
