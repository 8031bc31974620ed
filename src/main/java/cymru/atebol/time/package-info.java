/**
 * Time in one place: the moment a read is evaluated at ({@link At}), the Cypher fragments
 * that say what is in force and recorded then ({@link TimeRules}), how the start of a
 * fact is known ({@link Start}), and the strict reading of dates.
 */
@NullMarked
package cymru.atebol.time;

import org.jspecify.annotations.NullMarked;
