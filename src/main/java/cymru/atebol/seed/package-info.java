/**
 * The seed: reading {@code graph-seed/}, validating every rule before anything is
 * written, and loading it into Neo4j in one transaction (start-up and command line), plus
 * the coverage report.
 */
@NullMarked
package cymru.atebol.seed;

import org.jspecify.annotations.NullMarked;
