package cymru.atebol.editing;

import java.util.List;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Relationship;
import cymru.atebol.history.ChangeEvent;

/**
 * The outcome of a replacement: the entities on both sides, the REPLACED_BY links and the
 * event.
 */
record ReplacementEdit(List<Entity> predecessors, List<Entity> successors, List<Relationship> relationships,
		ChangeEvent event) {
}
