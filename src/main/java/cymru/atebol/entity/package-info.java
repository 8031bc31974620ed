/**
 * Entities and their relationships as the API shows them: lookups, lists, full-text
 * search, global ids, and every nested field of {@code Entity}, batched so that a nested
 * query costs one round trip per field and level.
 */
@NullMarked
package cymru.atebol.entity;

import org.jspecify.annotations.NullMarked;
