/**
 * Recursive traversals over the governance graph on a date: accountability chains,
 * org-chart subgraphs and the shortest paths between two entities, each one Cypher query
 * with the validity predicate on every hop.
 */
@NullMarked
package cymru.atebol.traversal;

import org.jspecify.annotations.NullMarked;
