/**
 * Cross-cutting wiring: scalars, error mapping, paging, argument checks, today's date.
 */
@NullMarked
package cymru.atebol.system;

import org.jspecify.annotations.NullMarked;
