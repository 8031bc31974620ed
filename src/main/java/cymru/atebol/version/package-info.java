/**
 * The dataset version: one number for every state of the graph, bumped in the transaction
 * of every seed load and edit, and known locally (own writes at once, other instances'
 * within a stated bound) so that answers can be cached by it.
 */
@NullMarked
package cymru.atebol.version;

import org.jspecify.annotations.NullMarked;
