package cymru.atebol.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request for a page of an entity's relationships, with every argument that shapes
 * it: the batch loader answers all of a level's requests (reportsTo, reports,
 * relationships, with any mix of arguments) in one query.
 */
record RelationshipsKey(String entityId, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf,
		RelationshipDirection direction, @Nullable List<String> types, int offset, int first) {

	RelationshipsKey {
		types = (types != null) ? types.stream().distinct().sorted().toList() : null;
	}

	Map<String, Object> parameters(int index) {
		Map<String, Object> parameters = new ChildrenKey(this.entityId, this.asOf, this.recordedAsOf).parameters(index);
		parameters.put("direction", this.direction.name());
		parameters.put("types", this.types);
		parameters.put("offset", this.offset);
		parameters.put("first", this.first);
		return parameters;
	}

}
