package cymru.atebol.editing;

import cymru.atebol.entity.Entity;
import cymru.atebol.history.ChangeEvent;

/**
 * An edited entity, as it is after the edit, and the change event recorded for the edit.
 */
record EntityEdit(Entity entity, ChangeEvent event) {
}
