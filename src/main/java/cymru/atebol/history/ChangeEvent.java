package cymru.atebol.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Citation;

/**
 * A structural change with the entities it touched (by id and role) and the relationships
 * it ended or began (by id); those are resolved in batches when asked for.
 * {@code recordedAsOf} is the record time the event was read at, so its entities and
 * relationships are read at the same moment.
 */
public record ChangeEvent(String id, String kind, LocalDate date, String datePrecision, String description,
		List<Citation> sources, List<Touched> touched, List<String> relationshipIds, boolean derived,
		OffsetDateTime recordedAt, String recordedBy, @Nullable OffsetDateTime recordedAsOf) {

	/** An entity an event touched, and how. */
	public record Touched(String entityId, String role) {
	}

	List<String> entityIds(@Nullable String role) {
		return this.touched.stream().filter(t -> role == null || t.role().equals(role)).map(Touched::entityId).toList();
	}

}
