package cymru.atebol.changes;

import java.util.List;

import cymru.atebol.entity.Citation;
import cymru.atebol.version.VersionEntry;

/**
 * One recorded version of the dataset and what it changed: the facts it wrote and
 * superseded, paired by id, and the sources its new facts cite.
 */
public record RecordChange(VersionEntry version, List<Citation> sources, List<FactChange> changes) {
}
