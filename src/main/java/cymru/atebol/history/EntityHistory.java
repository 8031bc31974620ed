package cymru.atebol.history;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Name;
import cymru.atebol.entity.Relationship;

/**
 * An entity's timeline: its names, and every dated fact and event about it in date order.
 */
record EntityHistory(List<Name> names, List<Entry> entries, List<ChangeEvent> events) {

	/** One entry: a change event, or the start or end of a relationship. */
	record Entry(@Nullable LocalDate date, @Nullable String datePrecision, String description,
			@Nullable ChangeEvent event, @Nullable Relationship relationship, @Nullable Boolean starts) {
	}

}
