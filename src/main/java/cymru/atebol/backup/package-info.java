/**
 * Logical backup and restore of the whole graph (every node, relationship, property and
 * the schema), consistent while the service edits, as one checksummed file.
 */
@NullMarked
package cymru.atebol.backup;

import org.jspecify.annotations.NullMarked;
