package cymru.atebol.history;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import cymru.atebol.entity.GraphValues;

/**
 * Maps the event projection every query of this package returns, {@code c {.*, touched:
 * [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}}, into a {@link ChangeEvent}
 * (also for the editing API, which returns the event an edit recorded).
 */
public final class HistoryValues {

	private HistoryValues() {
	}

	public static ChangeEvent event(Value c, @Nullable OffsetDateTime recordedAsOf) {
		// by id: the graph keeps no order among an event's entities, and an answer's
		// lists
		// must come out the same every time
		List<ChangeEvent.Touched> touched = c.get("touched")
			.asList(t -> new ChangeEvent.Touched(t.get("id").asString(), t.get("role").asString()))
			.stream()
			.sorted(Comparator.comparing(ChangeEvent.Touched::entityId))
			.toList();
		return new ChangeEvent(c.get("id").asString(), c.get("kind").asString(), c.get("date").asLocalDate(),
				c.get("datePrecision").asString("DAY"), c.get("description").asString(), GraphValues.citations(c),
				touched, c.get("relationshipIds").asList(Value::asString, List.of()), c.get("derived").asBoolean(false),
				c.get("recordedFrom").asZonedDateTime().toOffsetDateTime(), c.get("recordedBy").asString("seed"),
				recordedAsOf);
	}

}
