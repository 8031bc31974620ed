package cymru.atebol.entity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cymru.atebol.time.At;

/**
 * One request for a page of an entity's relationships, with every argument that shapes
 * it: the batch loader answers all of a level's requests (reportsTo, reports,
 * relationships, with any mix of arguments) in one query.
 */
record RelationshipsKey(String entityId, At at, RelationshipDirection direction, @Nullable List<String> types,
		int offset, int first) {

	RelationshipsKey {
		types = (types != null) ? sortedAndDistinct(types) : null;
	}

	/**
	 * The types in one order, each once (as most come: then without sorting them again).
	 */
	private static List<String> sortedAndDistinct(List<String> types) {
		for (int i = 1; i < types.size(); i++) {
			if (types.get(i - 1).compareTo(types.get(i)) >= 0) {
				return types.stream().distinct().sorted().toList();
			}
		}
		return List.copyOf(types);
	}

	Map<String, Object> parameters(int index) {
		Map<String, Object> parameters = this.at.parameters();
		parameters.put("index", index);
		parameters.put("id", this.entityId);
		parameters.put("direction", this.direction.name());
		parameters.put("types", this.types);
		parameters.put("offset", this.offset);
		parameters.put("first", this.first);
		return parameters;
	}

}
