package cymru.atebol.editing;

import cymru.atebol.entity.Relationship;
import cymru.atebol.history.ChangeEvent;

/**
 * An edited relationship, as it is after the edit, and the change event recorded for the
 * edit.
 */
record RelationshipEdit(Relationship relationship, ChangeEvent event) {
}
