/**
 * Reads at memory speed: GraphQL over HTTP with GET and persisted queries, answers cached
 * by the dataset version, ETags and 304s before execution, and the same for the exports.
 */
@NullMarked
package cymru.atebol.cache;

import org.jspecify.annotations.NullMarked;
