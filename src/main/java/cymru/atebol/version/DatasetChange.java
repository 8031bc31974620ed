package cymru.atebol.version;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What a new state of the dataset is: recorded as one {@code :DatasetVersion} node.
 *
 * @param kind a seed load or an edit
 * @param recordedAt the record time of the state: the {@code recordedFrom} the facts it
 * writes carry (stored to the millisecond, the precision the API prints)
 * @param recordedBy who made it (the editor, or {@code seed})
 * @param operation what made it: the mutation's name, or {@code seedLoad}
 * @param description a line for people reading the version list
 */
public record DatasetChange(Kind kind, ZonedDateTime recordedAt, String recordedBy, String operation,
		String description) {

	/** The kinds of change, as stored in {@code DatasetVersion.kind}. */
	public enum Kind {

		SEED_LOAD, EDIT

	}

	public DatasetChange {
		recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
	}

	/** An edit made through the API. */
	public static DatasetChange edit(String operation, String editor, ZonedDateTime recordedAt, String description) {
		return new DatasetChange(Kind.EDIT, recordedAt, editor, operation, description);
	}

	/** A load of the seed files. */
	public static DatasetChange seedLoad(ZonedDateTime recordedAt, String description) {
		return new DatasetChange(Kind.SEED_LOAD, recordedAt, "seed", "seedLoad", description);
	}

}
