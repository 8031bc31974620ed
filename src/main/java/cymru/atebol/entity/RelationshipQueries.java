package cymru.atebol.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.time.At;

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
	 * ones). Each request ({@code key}) carries its own moment.
	 */
	private static final Statement RELATIONSHIPS = Cypher.compose("""
			UNWIND $keys AS key
			MATCH (e:Entity {id: key.id})
			CALL (e, key) {
				MATCH (e)-[r]->(other:Entity)
				WHERE key.direction <> 'INCOMING' AND (key.types IS NULL OR type(r) IN key.types)
					AND {{holds(r, e, other | key)}}
				RETURN r, other
				UNION
				MATCH (e)<-[r]-(other:Entity)
				WHERE key.direction <> 'OUTGOING' AND (key.types IS NULL OR type(r) IN key.types)
					AND {{holds(r, other, e | key)}}
				RETURN r, other
			}
			WITH key, e, r, other
			ORDER BY type(r), other.name, r.id
			WITH key, e, collect({relationship: r, other: other}) AS matched
			CALL (key, e, matched) {
				UNWIND matched[key.offset..key.offset + key.first] AS m
				WITH m.relationship AS r, m.other AS other
				RETURN collect({relationship: {{relationship(r)}}, other: {{entity(other | key)}}}) AS page
			}
			RETURN key.index AS index, size(matched) AS total, page, {{entity(e | key)}} AS entity
			""");

	/** Distinct children: two upward relationships from the same entity count it once. */
	private static final Statement CHILD_COUNTS = Cypher.compose("""
			UNWIND $keys AS key
			MATCH (e:Entity {id: key.id})<-[r]-(child:Entity)
			WHERE type(r) IN $upward AND {{holds(r, child, e | key)}}
			RETURN key.index AS index, count(DISTINCT child) AS children
			""");

	private final Graph graph;

	private final RelationTypes relationTypes;

	RelationshipQueries(Graph graph, RelationTypes relationTypes) {
		this.graph = graph;
		this.relationTypes = relationTypes;
	}

	Map<RelationshipsKey, RelationshipPage> relationships(Set<RelationshipsKey> keys) {
		Map<RelationshipsKey, RelationshipPage> pages = new HashMap<>();
		for (EntityPage found : pages(new ArrayList<>(keys))) {
			pages.put(found.key(), found.page());
		}
		for (RelationshipsKey key : keys) {
			pages.putIfAbsent(key, RelationshipPage.empty(key.offset()));
		}
		return pages;
	}

	/**
	 * The entity with one page of its relationships, from the same query: empty when the
	 * page has no relationship (or no entity has the id), since the query then returns no
	 * row.
	 */
	Optional<EntityPage> entityWithPage(RelationshipsKey key) {
		return pages(List.of(key)).stream().findFirst();
	}

	private List<EntityPage> pages(List<RelationshipsKey> ordered) {
		List<Map<String, Object>> parameters = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			parameters.add(ordered.get(i).parameters(i));
		}
		return this.graph.read(RELATIONSHIPS.at(recorded(ordered, RelationshipsKey::at)), Map.of("keys", parameters),
				(row) -> {
					RelationshipsKey key = ordered.get(row.get("index").asInt());
					Entity entity = GraphValues.entity(row.get("entity"), key.at());
					List<Relationship> page = row.get("page").asList((item) -> relationship(item, entity, key));
					return new EntityPage(key, entity,
							new RelationshipPage(page, key.offset(), row.get("total").asInt()));
				});
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
		for (Record row : this.graph.read(CHILD_COUNTS.at(recorded(ordered, ChildrenKey::at)), query, (row) -> row)) {
			counts.put(ordered.get(row.get("index").asInt()), row.get("children").asInt());
		}
		return counts;
	}

	/** Whether any request of a batch reads at a record time. */
	private static <K> boolean recorded(List<K> keys, Function<K, At> moment) {
		return keys.stream().anyMatch((key) -> moment.apply(key).recordedAsOf() != null);
	}

	private static Relationship relationship(Value item, Entity entity, RelationshipsKey key) {
		Value r = item.get("relationship");
		Entity other = GraphValues.entity(item.get("other"), key.at());
		return r.get("fromId").asString().equals(entity.id()) ? GraphValues.relationship(r, entity, other)
				: GraphValues.relationship(r, other, entity);
	}

	/** A request, the entity it is about, and its page. */
	record EntityPage(RelationshipsKey key, Entity entity, RelationshipPage page) {
	}

}
