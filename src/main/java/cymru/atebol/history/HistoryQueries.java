package cymru.atebol.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;

/**
 * The Cypher of the history API: change events, the diff between two dates, the facts
 * behind an entity's timeline, and the entities and relationships events refer to (one
 * query per batch).
 */
@Component
class HistoryQueries {

	private static final String CHANGES = """
			CALL () {
				MATCH (c:ChangeEvent)
				WHERE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date <= $to)
					AND ($kinds IS NULL OR c.kind IN $kinds)
					AND ($recordedAsOf IS NULL OR c.recordedFrom <= $recordedAsOf)
					AND ($entity IS NULL OR EXISTS { (c)-[:TOUCHED]->(:Entity {id: $entity}) })
				RETURN count(c) AS total
			}
			CALL () {
				MATCH (c:ChangeEvent)
				WHERE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date <= $to)
					AND ($kinds IS NULL OR c.kind IN $kinds)
					AND ($recordedAsOf IS NULL OR c.recordedFrom <= $recordedAsOf)
					AND ($entity IS NULL OR EXISTS { (c)-[:TOUCHED]->(:Entity {id: $entity}) })
				WITH c ORDER BY c.date, c.id SKIP $offset LIMIT $first
				RETURN collect(c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}) AS page
			}
			RETURN total, page
			""";

	private static final String EVENT = """
			MATCH (c:ChangeEvent {id: $id})
			RETURN c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]} AS event
			""";

	/**
	 * A relationship is visible on a date when it holds then, it is current in record
	 * time, and both its ends exist then; the diff compares visibility on the two dates.
	 */
	private static final String DIFF = """
			CALL () {
				MATCH (e:Entity)
				WHERE ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
					AND (e.validFrom IS NULL OR e.validFrom <= $to) AND (e.validTo IS NULL OR e.validTo >= $to)
					AND NOT ((e.validFrom IS NULL OR e.validFrom <= $from) AND (e.validTo IS NULL OR e.validTo >= $from))
				RETURN collect(e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}) AS added
			}
			CALL () {
				MATCH (e:Entity)
				WHERE ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
					AND (e.validFrom IS NULL OR e.validFrom <= $from) AND (e.validTo IS NULL OR e.validTo >= $from)
					AND NOT ((e.validFrom IS NULL OR e.validFrom <= $to) AND (e.validTo IS NULL OR e.validTo >= $to))
				RETURN collect(e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}) AS removed
			}
			CALL () {
				MATCH (e:Entity)-[:HAS_NAME]->(:Name)
				WITH DISTINCT e
				WHERE ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
				RETURN collect(e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}) AS named
			}
			CALL () {
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE r.id IS NOT NULL
					AND CASE WHEN $recordedAsOf IS NULL THEN r.recordedTo IS NULL
						ELSE r.recordedFrom <= $recordedAsOf AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf) END
				WITH a, r, b,
					[d IN [$from, $to] WHERE (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
						AND (a.validFrom IS NULL OR a.validFrom <= d) AND (a.validTo IS NULL OR a.validTo >= d)
						AND (b.validFrom IS NULL OR b.validFrom <= d) AND (b.validTo IS NULL OR b.validTo >= d)] AS visible
				WHERE size(visible) = 1
				RETURN collect({started: visible[0] = $to,
					relationship: r {.*, type: type(r), fromId: a.id, toId: b.id},
					from: a {.*, names: [(a)-[:HAS_NAME]->(n:Name) | n {.*}]},
					to: b {.*, names: [(b)-[:HAS_NAME]->(n:Name) | n {.*}]}}) AS changed
			}
			CALL () {
				MATCH (c:ChangeEvent)
				WHERE c.date > $from AND c.date <= $to AND ($recordedAsOf IS NULL OR c.recordedFrom <= $recordedAsOf)
				WITH c ORDER BY c.date, c.id
				RETURN collect(c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}) AS events
			}
			RETURN added, removed, named, changed, events
			""";

	/**
	 * Every relationship of each entity (most recent first, at most 1000) and the events
	 * that touched it.
	 */
	private static final String TIMELINES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			CALL (e) {
				MATCH (e)-[r]-(o:Entity)
				WHERE r.id IS NOT NULL
					AND CASE WHEN $recordedAsOf IS NULL THEN r.recordedTo IS NULL
						ELSE r.recordedFrom <= $recordedAsOf AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf) END
				WITH r, o ORDER BY coalesce(r.validTo, r.validFrom) DESC LIMIT 1000
				RETURN collect({relationship: r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id},
					other: o {.*, names: [(o)-[:HAS_NAME]->(n:Name) | n {.*}]}}) AS relationships
			}
			CALL (e) {
				OPTIONAL MATCH (e)<-[:TOUCHED]-(c:ChangeEvent)
				WHERE $recordedAsOf IS NULL OR c.recordedFrom <= $recordedAsOf
				RETURN collect(c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]}) AS events
			}
			RETURN id, e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity, relationships, events
			""";

	private static final String ENTITIES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			RETURN id, e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
			""";

	/** Found through their ends' ids; the version current at the record time (or now). */
	private static final String RELATIONSHIPS = """
			UNWIND $keys AS key
			MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
			WHERE r.id = key.id
				AND CASE WHEN $recordedAsOf IS NULL THEN r.recordedTo IS NULL
					ELSE r.recordedFrom <= $recordedAsOf AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf) END
			RETURN key.id AS id, r {.*, type: type(r), fromId: a.id, toId: b.id} AS relationship,
				a {.*, names: [(a)-[:HAS_NAME]->(n:Name) | n {.*}]} AS from,
				b {.*, names: [(b)-[:HAS_NAME]->(n:Name) | n {.*}]} AS to
			""";

	private final Graph graph;

	HistoryQueries(Graph graph) {
		this.graph = graph;
	}

	Record changes(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String entity,
			@Nullable List<String> kinds, @Nullable OffsetDateTime recordedAsOf, int offset, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("entity", entity);
		parameters.put("kinds", kinds);
		parameters.put("recordedAsOf", recordedAsOf);
		parameters.put("offset", offset);
		parameters.put("first", first);
		return this.graph.read(CHANGES, parameters, r -> r).get(0);
	}

	List<Record> event(String id) {
		return this.graph.read(EVENT, Map.of("id", id), r -> r);
	}

	Record diff(LocalDate from, LocalDate to, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("recordedAsOf", recordedAsOf);
		return this.graph.read(DIFF, parameters, r -> r).get(0);
	}

	List<Record> timelines(Collection<String> ids, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("recordedAsOf", recordedAsOf);
		return this.graph.read(TIMELINES, parameters, r -> r);
	}

	List<Record> entities(Collection<String> ids) {
		return this.graph.read(ENTITIES, Map.of("ids", List.copyOf(ids)), r -> r);
	}

	/**
	 * Keys are maps with the relationship's {@code id}, {@code from} and {@code to}
	 * entity ids.
	 */
	List<Record> relationships(List<Map<String, String>> keys, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keys", keys);
		parameters.put("recordedAsOf", recordedAsOf);
		return this.graph.read(RELATIONSHIPS, parameters, r -> r);
	}

}
