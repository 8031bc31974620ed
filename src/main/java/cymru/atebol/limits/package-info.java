/**
 * Query limits: size, depth, complexity, page sizes and time, checked before anything
 * reaches Neo4j.
 */
@NullMarked
package cymru.atebol.limits;

import org.jspecify.annotations.NullMarked;
