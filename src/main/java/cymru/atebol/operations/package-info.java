/**
 * Running the service: metrics (edits, refusals, caches, the driver's pool), readiness
 * (the seed and the write path) and the write path's warm-up.
 */
@NullMarked
package cymru.atebol.operations;

import org.jspecify.annotations.NullMarked;
