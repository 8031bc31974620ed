/** Cross-cutting wiring: scalars, error mapping, GraphQL configuration. */
@NullMarked
package cymru.atebol.system;

import org.jspecify.annotations.NullMarked;
