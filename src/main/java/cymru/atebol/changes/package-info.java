/**
 * The change feed by record time: each recorded version of the dataset after a moment,
 * with what it changed (old and new values, field by field), who made it and the sources
 * it cites; {@code Query.recordChanges}, {@code Query.datasetVersions} and
 * {@code /export/changes.jsonl}.
 */
@NullMarked
package cymru.atebol.changes;

import org.jspecify.annotations.NullMarked;
