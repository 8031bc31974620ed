/**
 * Take-away data: the graph on a date as CSV tables and as JSON-LD in the W3C
 * Organization Ontology.
 */
@NullMarked
package cymru.atebol.export;

import org.jspecify.annotations.NullMarked;
