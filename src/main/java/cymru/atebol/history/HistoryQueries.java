package cymru.atebol.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Connection;
import cymru.atebol.time.At;

import org.springframework.stereotype.Component;

/**
 * The Cypher of the history API: change events, the diff between two dates, the facts
 * behind an entity's timeline, and the entities and relationships events refer to (one
 * query per batch), each mapped into the API's records.
 */
@Component
class HistoryQueries {

	private static final Statement CHANGES = Cypher.compose("""
			CALL () {
				MATCH (c:ChangeEvent)
				WHERE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date <= $to)
					AND ($kinds IS NULL OR c.kind IN $kinds) AND {{entered(c)}}
					AND ($entity IS NULL OR EXISTS { (c)-[:TOUCHED]->(:Entity {id: $entity}) })
				RETURN count(c) AS total
			}
			CALL () {
				MATCH (c:ChangeEvent)
				WHERE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date <= $to)
					AND ($kinds IS NULL OR c.kind IN $kinds) AND {{entered(c)}}
					AND ($entity IS NULL OR EXISTS { (c)-[:TOUCHED]->(:Entity {id: $entity}) })
				WITH c ORDER BY c.date, c.id SKIP $offset LIMIT $first
				RETURN collect(c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}) AS page
			}
			RETURN total, page
			""");

	private static final String EVENT = """
			MATCH (c:ChangeEvent {id: $id})
			RETURN c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]} AS event
			""";

	/**
	 * What is in force on each date ({@code before}: {@code $from}, {@code after}:
	 * {@code $to}) by the same rules as every read; the diff is what differs. Added
	 * entities and started relationships are viewed on {@code $to}, the others on
	 * {@code $from}.
	 */
	private static final Statement DIFF = Cypher.compose("""
			WITH {asOf: $from, recordedAsOf: $recordedAsOf, datesKnown: $datesKnown} AS before,
				{asOf: $to, recordedAsOf: $recordedAsOf, datesKnown: $datesKnown} AS after
			CALL (before, after) {
				MATCH (e:Entity)
				WHERE {{entered(e)}} AND {{exists(e | after)}} AND NOT {{exists(e | before)}}
				RETURN collect({{entity(e | after)}}) AS added
			}
			CALL (before, after) {
				MATCH (e:Entity)
				WHERE {{entered(e)}} AND {{exists(e | before)}} AND NOT {{exists(e | after)}}
				RETURN collect({{entity(e | before)}}) AS removed
			}
			CALL (before, after) {
				MATCH (e:Entity)-[:HAS_NAME]->(:Name)
				WITH DISTINCT e
				WHERE {{entered(e)}} AND {{exists(e | before)}} AND {{exists(e | after)}}
				RETURN collect({{entity(e | after)}}) AS named
			}
			CALL (before, after) {
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE r.id IS NOT NULL AND {{recorded(r)}}
				WITH a, r, b, {{holds(r, a, b | before)}} AS held, {{holds(r, a, b | after)}} AS holds
				WHERE held <> holds
				RETURN collect({started: holds, relationship: {{relationship(r)}},
					from: CASE WHEN holds THEN {{entity(a | after)}} ELSE {{entity(a | before)}} END,
					to: CASE WHEN holds THEN {{entity(b | after)}} ELSE {{entity(b | before)}} END}) AS changed
			}
			CALL () {
				MATCH (c:ChangeEvent)
				WHERE c.date > $from AND c.date <= $to AND {{entered(c)}}
				WITH c ORDER BY c.date, c.id
				RETURN collect(c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}) AS events
			}
			RETURN added, removed, named, changed, events
			""");

	/**
	 * Every relationship of each entity recorded at the moment, whatever its dates (most
	 * recent first, at most 1000), and the events that touched it.
	 */
	private static final Statement TIMELINES = Cypher.compose("""
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
				MATCH (e)-[r]-(o:Entity)
				WHERE r.id IS NOT NULL AND {{recorded(r)}}
				WITH r, o ORDER BY coalesce(r.validTo, r.validFrom) DESC LIMIT 1000
				RETURN collect({relationship: {{relationship(r)}}, other: {{entity(o)}}}) AS relationships
			}
			CALL (e) {
				OPTIONAL MATCH (e)<-[:TOUCHED]-(c:ChangeEvent)
				WHERE {{entered(c)}}
				RETURN collect(c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}) AS events
			}
			RETURN id, {{entity(e)}} AS entity, relationships, events
			""");

	/** Each entity viewed at its own moment (an event's date and record time). */
	private static final Statement ENTITIES = Cypher.compose("""
			UNWIND $keys AS key
			MATCH (e:Entity {id: key.id})
			RETURN key.index AS index, {{entity(e | key)}} AS entity
			""");

	/**
	 * Found through their ends' ids; the version recorded at each key's moment, with its
	 * ends viewed then.
	 */
	private static final Statement RELATIONSHIPS = Cypher.compose("""
			UNWIND $keys AS key
			MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
			WHERE r.id = key.relationshipId AND {{recorded(r | key)}}
			RETURN key.index AS index, {{relationship(r)}} AS relationship,
				{{entity(a | key)}} AS from, {{entity(b | key)}} AS to
			""");

	private final Graph graph;

	HistoryQueries(Graph graph) {
		this.graph = graph;
	}

	Connection<ChangeEvent> changes(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String entity,
			@Nullable List<String> kinds, @Nullable OffsetDateTime recordedAsOf, int offset, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("entity", entity);
		parameters.put("kinds", kinds);
		parameters.put("recordedAsOf", recordedAsOf);
		parameters.put("offset", offset);
		parameters.put("first", first);
		return this.graph.read(CHANGES.at(recordedAsOf != null), parameters, (row) -> {
			List<ChangeEvent> page = row.get("page").asList((c) -> HistoryValues.event(c, recordedAsOf));
			return Connection.of(page, offset, row.get("total").asInt());
		}).get(0);
	}

	Optional<ChangeEvent> event(String id) {
		return this.graph.read(EVENT, Map.of("id", id), (row) -> HistoryValues.event(row.get("event"), null))
			.stream()
			.findFirst();
	}

	/** The raw diff: what the rules put in force on one date and not on the other. */
	Diff diff(LocalDate from, LocalDate to, @Nullable OffsetDateTime recordedAsOf, boolean datesKnown) {
		At before = new At(from, recordedAsOf, datesKnown);
		At after = new At(to, recordedAsOf, datesKnown);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("recordedAsOf", recordedAsOf);
		parameters.put("datesKnown", datesKnown);
		return this.graph.read(DIFF.at(recordedAsOf != null), parameters, (row) -> {
			List<Relationship> started = new ArrayList<>();
			List<Relationship> ended = new ArrayList<>();
			for (Value change : row.get("changed").values()) {
				boolean starts = change.get("started").asBoolean();
				At at = starts ? after : before;
				(starts ? started : ended).add(GraphValues.relationship(change.get("relationship"),
						GraphValues.entity(change.get("from"), at), GraphValues.entity(change.get("to"), at)));
			}
			return new Diff(row.get("added").asList((e) -> GraphValues.entity(e, after)),
					row.get("removed").asList((e) -> GraphValues.entity(e, before)),
					row.get("named").asList((e) -> GraphValues.entity(e, after)), started, ended,
					row.get("events").asList((c) -> HistoryValues.event(c, recordedAsOf)));
		}).get(0);
	}

	/** Each entity's timeline by id. */
	Map<String, EntityHistory> timelines(Collection<String> ids, Timeline timeline, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("ids", List.copyOf(ids));
		Map<String, EntityHistory> histories = new HashMap<>();
		for (Record row : this.graph.read(TIMELINES.at(at), parameters, (row) -> row)) {
			histories.put(row.get("id").asString(), timeline.of(row, at));
		}
		return histories;
	}

	/**
	 * Entities each viewed at its own moment, in the order of the requests (null: no such
	 * entity).
	 */
	List<@Nullable Entity> entities(List<EntityRequest> requests) {
		List<Map<String, Object>> keys = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			Map<String, Object> key = requests.get(i).at().parameters();
			key.put("index", i);
			key.put("id", requests.get(i).id());
			keys.add(key);
		}
		List<@Nullable Entity> entities = new ArrayList<>(Collections.nCopies(requests.size(), null));
		this.graph.read(ENTITIES.at(requests.stream().anyMatch((r) -> r.at().recordedAsOf() != null)),
				Map.of("keys", keys), (row) -> {
					int index = row.get("index").asInt();
					return entities.set(index, GraphValues.entity(row.get("entity"), requests.get(index).at()));
				});
		return entities;
	}

	/**
	 * Relationships by id, each viewed at its own moment, in the order of the requests
	 * (null: none with that id recorded then).
	 */
	List<@Nullable Relationship> relationships(List<RelationshipRequest> requests) {
		List<Map<String, Object>> keys = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			Map<String, String> ends = RelationshipIds.key(requests.get(i).id());
			if (ends != null) {
				Map<String, Object> key = requests.get(i).at().parameters();
				key.put("index", i);
				key.put("relationshipId", requests.get(i).id());
				key.put("from", ends.get("from"));
				key.put("to", ends.get("to"));
				keys.add(key);
			}
		}
		List<@Nullable Relationship> relationships = new ArrayList<>(Collections.nCopies(requests.size(), null));
		this.graph.read(RELATIONSHIPS.at(requests.stream().anyMatch((r) -> r.at().recordedAsOf() != null)),
				Map.of("keys", keys), (row) -> {
					int index = row.get("index").asInt();
					At at = requests.get(index).at();
					return relationships.set(index, GraphValues.relationship(row.get("relationship"),
							GraphValues.entity(row.get("from"), at), GraphValues.entity(row.get("to"), at)));
				});
		return relationships;
	}

	/** An entity id to view at a moment. */
	record EntityRequest(String id, At at) {
	}

	/** A relationship id to view at a moment. */
	record RelationshipRequest(String id, At at) {
	}

	/** What the diff query found, before renames are worked out from the names. */
	record Diff(List<Entity> added, List<Entity> removed, List<Entity> named, List<Relationship> started,
			List<Relationship> ended, List<ChangeEvent> events) {
	}

}
