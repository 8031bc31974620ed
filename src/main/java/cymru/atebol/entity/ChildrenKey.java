package cymru.atebol.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request for how many entities report to an entity on a date (childCount,
 * hasChildren).
 */
record ChildrenKey(String entityId, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf) {

	/**
	 * The key's parameters in a batch, by position; a relationships key adds its own to
	 * them.
	 */
	Map<String, Object> parameters(int index) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("index", index);
		parameters.put("id", this.entityId);
		parameters.put("asOf", this.asOf);
		parameters.put("recordedAsOf", this.recordedAsOf);
		return parameters;
	}

}
