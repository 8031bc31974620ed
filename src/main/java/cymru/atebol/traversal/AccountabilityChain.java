package cymru.atebol.traversal;

import java.util.List;

import cymru.atebol.entity.Entity;

/** Every upward route from an entity to the top on a date, and the tops they reach. */
record AccountabilityChain(Entity from, List<Route> routes, List<Entity> tops, boolean truncated) {
}
