package cymru.atebol.history;

import java.time.LocalDate;
import java.util.List;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Relationship;

/**
 * How the structure changed between two dates: entities and relationships that appeared
 * or ended, names that changed, and the change events in between. Added entities and
 * started relationships are viewed on {@code to}, removed and ended ones on {@code from}.
 */
record StructuralDiff(LocalDate from, LocalDate to, List<Entity> entitiesAdded, List<Entity> entitiesRemoved,
		List<Rename> renamed, List<Relationship> relationshipsStarted, List<Relationship> relationshipsEnded,
		List<ChangeEvent> events) {

	/** A name that differs between the two dates. */
	record Rename(Entity entity, String fromName, String toName) {
	}

}
