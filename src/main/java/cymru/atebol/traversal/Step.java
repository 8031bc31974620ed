package cymru.atebol.traversal;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Relationship;

/** One hop: the relationship taken and the entity it reaches. */
record Step(Relationship relationship, Entity entity) {
}
