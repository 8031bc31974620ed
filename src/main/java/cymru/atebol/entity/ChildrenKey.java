package cymru.atebol.entity;

import java.util.Map;

import cymru.atebol.time.At;

/**
 * One request for how many entities report to an entity on a date (childCount,
 * hasChildren).
 */
record ChildrenKey(String entityId, At at) {

	/**
	 * The key's parameters in a batch, by position; a relationships key adds its own to
	 * them.
	 */
	Map<String, Object> parameters(int index) {
		Map<String, Object> parameters = this.at.parameters();
		parameters.put("index", index);
		parameters.put("id", this.entityId);
		return parameters;
	}

}
