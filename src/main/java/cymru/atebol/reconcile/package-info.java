/**
 * Reconciliation: the W3C Entity Reconciliation API (version 0.2, as OpenRefine speaks
 * it) over the entities, so a spreadsheet of English, Welsh or former names finds their
 * ids.
 */
@NullMarked
package cymru.atebol.reconcile;

import org.jspecify.annotations.NullMarked;
