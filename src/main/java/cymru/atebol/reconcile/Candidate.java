package cymru.atebol.reconcile;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A reconciliation candidate as the API writes it: id, name (in force on the query's
 * date, else the current one), a description, its type (the entity kind), a score from 0
 * to 100, the matching features the score is made of, and whether it is a match.
 */
record Candidate(String id, String name, @Nullable String description, List<EntityTypes.Type> type, double score,
		List<Map<String, Object>> features, boolean match) {

	Candidate withMatch(boolean match) {
		return new Candidate(this.id, this.name, this.description, this.type, this.score, this.features, match);
	}

}
