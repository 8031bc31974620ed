package cymru.atebol.reconcile;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One query of a batch, checked: the text to match (null: match by properties only), the
 * kinds to keep (empty: any), how many candidates, the date the entity must have existed
 * on (null: any time), and the property values given.
 */
record ReconcileQuery(String key, @Nullable String text, List<String> kinds, int limit, @Nullable LocalDate asOf,
		List<String> odsCodes, List<String> onsCodes, List<String> wikidataIds, List<String> localAuthorities) {

	/** Whether any code (ODS, ONS, Wikidata) was given. */
	boolean hasCodes() {
		return !this.odsCodes.isEmpty() || !this.onsCodes.isEmpty() || !this.wikidataIds.isEmpty();
	}

}
