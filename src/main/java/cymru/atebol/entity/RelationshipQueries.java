package cymru.atebol.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import cymru.atebol.neo4j.Graph;

import org.springframework.stereotype.Component;

/**
 * The batched nested fields of {@code Entity} that follow relationships. Each method
 * answers every request of one level in one query: the requests go in as a list
 * ({@code $keys}), each with its own date, record time, direction, types and page, and
 * come back by their index.
 */
@Component
final class RelationshipQueries {

	/**
	 * Both directions are separate branches so that a request for one direction never
	 * expands the other (a health board has many incoming relationships and few outgoing
	 * ones).
	 */
	private static final String RELATIONSHIPS = """
			UNWIND $keys AS key
			MATCH (e:Entity {id: key.id})
			CALL (e, key) {
				MATCH (e)-[r]->(other:Entity)
				WHERE key.direction <> 'INCOMING'
				RETURN r, other
				UNION
				MATCH (e)<-[r]-(other:Entity)
				WHERE key.direction <> 'OUTGOING'
				RETURN r, other
			}
			WITH key, e, r, other
			WHERE (key.types IS NULL OR type(r) IN key.types)
				AND (r.validFrom IS NULL OR r.validFrom <= key.asOf) AND (r.validTo IS NULL OR r.validTo >= key.asOf)
				AND (r.recordedTo IS NULL OR r.recordedTo > key.recordedAsOf)
				AND (key.recordedAsOf IS NULL OR r.recordedFrom <= key.recordedAsOf)
				AND (other.validFrom IS NULL OR other.validFrom <= key.asOf)
				AND (other.validTo IS NULL OR other.validTo >= key.asOf)
				AND (key.recordedAsOf IS NULL OR other.recordedFrom <= key.recordedAsOf)
			WITH key, e, r, other
			ORDER BY type(r), other.name, r.id
			WITH key, e, collect({relationship: r, other: other}) AS matched
			CALL (key, e, matched) {
				UNWIND matched[key.offset..key.offset + key.first] AS m
				WITH m.relationship AS r, m.other AS other
				RETURN collect({
					relationship: r {.*, type: type(r), outgoing: startNode(r) = e},
					other: other {.*, names: [(other)-[:HAS_NAME]->(n:Name) | n {.*}]}
				}) AS page
			}
			RETURN key.index AS index, size(matched) AS total, page,
				e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
			""";

	/** Distinct children: two upward relationships from the same entity count it once. */
	private static final String CHILD_COUNTS = """
			UNWIND $keys AS key
			MATCH (e:Entity {id: key.id})<-[r]-(child:Entity)
			WHERE type(r) IN $upward
				AND (r.validFrom IS NULL OR r.validFrom <= key.asOf) AND (r.validTo IS NULL OR r.validTo >= key.asOf)
				AND (r.recordedTo IS NULL OR r.recordedTo > key.recordedAsOf)
				AND (key.recordedAsOf IS NULL OR r.recordedFrom <= key.recordedAsOf)
				AND (child.validFrom IS NULL OR child.validFrom <= key.asOf)
				AND (child.validTo IS NULL OR child.validTo >= key.asOf)
				AND (key.recordedAsOf IS NULL OR child.recordedFrom <= key.recordedAsOf)
			RETURN key.index AS index, count(DISTINCT child) AS children
			""";

	private final Graph graph;

	private final RelationTypes relationTypes;

	RelationshipQueries(Graph graph, RelationTypes relationTypes) {
		this.graph = graph;
		this.relationTypes = relationTypes;
	}

	Map<RelationshipsKey, RelationshipPage> relationships(Set<RelationshipsKey> keys) {
		List<RelationshipsKey> ordered = new ArrayList<>(keys);
		List<Map<String, Object>> parameters = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			parameters.add(ordered.get(i).parameters(i));
		}
		Map<RelationshipsKey, RelationshipPage> pages = new HashMap<>();
		for (RelationshipsKey key : ordered) {
			pages.put(key, new RelationshipPage(List.of(), key.offset(), 0));
		}
		for (Record row : this.graph.read(RELATIONSHIPS, Map.of("keys", parameters), (row) -> row)) {
			RelationshipsKey key = ordered.get(row.get("index").asInt());
			Entity entity = GraphValues.entity(row.get("entity"), key.asOf(), key.recordedAsOf());
			List<Relationship> page = row.get("page").asList((item) -> relationship(item, entity, key));
			pages.put(key, new RelationshipPage(page, key.offset(), row.get("total").asInt()));
		}
		return pages;
	}

	Map<ChildrenKey, Integer> childCounts(Set<ChildrenKey> keys) {
		List<ChildrenKey> ordered = new ArrayList<>(keys);
		List<Map<String, Object>> parameters = new ArrayList<>(ordered.size());
		Map<ChildrenKey, Integer> counts = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			parameters.add(ordered.get(i).parameters(i));
			counts.put(ordered.get(i), 0);
		}
		Map<String, Object> query = Map.of("keys", parameters, "upward", this.relationTypes.upward());
		for (Record row : this.graph.read(CHILD_COUNTS, query, (row) -> row)) {
			counts.put(ordered.get(row.get("index").asInt()), row.get("children").asInt());
		}
		return counts;
	}

	private static Relationship relationship(Value item, Entity entity, RelationshipsKey key) {
		Value r = item.get("relationship");
		Entity other = GraphValues.entity(item.get("other"), key.asOf(), key.recordedAsOf());
		return r.get("outgoing").asBoolean() ? GraphValues.relationship(r, entity, other)
				: GraphValues.relationship(r, other, entity);
	}

}
