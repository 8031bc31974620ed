/**
 * Structural change over time: change events, the diff between two dates and each
 * entity's timeline.
 */
@NullMarked
package cymru.atebol.history;

import org.jspecify.annotations.NullMarked;
