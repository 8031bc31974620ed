package cymru.atebol.entity;

/**
 * Which way to follow relationships from an entity (the schema's
 * {@code RelationshipDirection}).
 */
enum RelationshipDirection {

	OUTGOING, INCOMING, BOTH

}
