package cymru.atebol.reconcile;

import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.time.At;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.SearchText;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.BadArgumentException;
import cymru.atebol.system.Today;

/**
 * The Cypher behind reconciliation: a whole batch in one round trip, each query finding
 * its candidates in the full-text index of every name (current, Welsh, short, former,
 * aliases; the index search uses), by id and by code, with the local authorities each
 * candidate is linked with; the suggest and preview lookups.
 */
@Component
class ReconcileQueries {

	/** Index hits read per query before scoring. */
	static final int HITS = 30;

	/**
	 * Each query {@code q} carries its moment ({@code asOf} null: any date, so every
	 * lifetime check passes) for the time rules.
	 */
	private static final Statement CANDIDATES = Cypher.compose(
			"""
					UNWIND $queries AS q
					CALL (q) {
						WITH q
						WHERE q.lucene IS NOT NULL
						CALL db.index.fulltext.queryNodes('entity_names', q.lucene, {limit: $hits}) YIELD node AS e
						RETURN e
						UNION
						MATCH (e:Entity {id: q.text})
						RETURN e
						UNION
						WITH q
						WHERE size(q.ods) + size(q.ons) + size(q.wikidata) > 0
						MATCH (e:Entity)
						WHERE e.odsCode IN q.ods OR e.onsCode IN q.ons OR e.wikidataId IN q.wikidata
						RETURN e
					}
					WITH q, e
					WHERE e:Entity AND (size(q.kinds) = 0 OR e.kind IN q.kinds) AND {{exists(e | q)}}
					RETURN q.key AS key, {{entity(e | q)}} AS entity,
						[(e)-[r]-(la:Entity) WHERE la.kind = 'LOCAL_AUTHORITY' AND r.id IS NOT NULL
							AND {{holds(r, startNode(r), endNode(r) | q)}} | la {.id, .name, .nameCy}]
							+ CASE WHEN e.kind = 'LOCAL_AUTHORITY' THEN [e {.id, .name, .nameCy}] ELSE [] END AS localAuthorities
					""");

	private static final Statement SUGGEST = Cypher.compose("""
			CALL () {
				CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS e, score
				RETURN e, score
				UNION
				MATCH (e:Entity {id: $id})
				RETURN e, 1000.0 AS score
			}
			WITH e, max(score) AS score
			WHERE e:Entity
			RETURN {{entity(e)}} AS entity
			ORDER BY score DESC, e.name, e.id
			SKIP $offset
			LIMIT $limit
			""");

	private static final Statement ENTITY = Cypher.compose("""
			MATCH (e:Entity {id: $id})
			RETURN {{entity(e)}} AS entity
			""");

	/** A candidate as read: the entity and the local authorities it is linked with. */
	record Found(Entity entity, List<Map<String, Object>> localAuthorities) {
	}

	private final Graph graph;

	private final Today today;

	ReconcileQueries(Graph graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	/** The candidates of every query of the batch, by query key, in one round trip. */
	Map<String, List<Found>> candidates(List<ReconcileQuery> queries) {
		List<Map<String, Object>> parameters = new ArrayList<>();
		Map<String, LocalDate> dates = new HashMap<>();
		for (ReconcileQuery query : queries) {
			Map<String, Object> q = new HashMap<>();
			q.put("key", query.key());
			q.put("text", query.text());
			q.put("lucene", lucene(query.text()));
			q.put("kinds", query.kinds());
			q.put("asOf", query.asOf());
			q.put("recordedAsOf", null);
			q.put("datesKnown", false);
			q.put("ods", query.odsCodes());
			q.put("ons", query.onsCodes());
			q.put("wikidata", query.wikidataIds());
			parameters.add(q);
			dates.put(query.key(), (query.asOf() != null) ? query.asOf() : this.today.date());
		}
		Map<String, List<Found>> found = new LinkedHashMap<>();
		queries.forEach((query) -> found.put(query.key(), new ArrayList<>()));
		this.graph.read(CANDIDATES.now(), Map.of("queries", parameters, "hits", HITS), (row) -> {
			String key = row.get("key").asString();
			Entity entity = GraphValues.entity(row.get("entity"), At.day(dates.get(key)));
			List<Map<String, Object>> localAuthorities = row.get("localAuthorities").asList(Value::asMap);
			found.get(key).add(new Found(entity, localAuthorities));
			return key;
		});
		return found;
	}

	/** Entities whose names start with the words typed, best first. */
	List<Entity> suggest(String prefix, int offset, int limit) {
		String lucene = lucene(prefix);
		if (lucene == null) {
			return List.of();
		}
		At now = At.day(this.today.date());
		Map<String, Object> parameters = now.parameters();
		parameters.putAll(Map.of("lucene", lucene, "id", prefix.strip(), "offset", offset, "limit", limit));
		return this.graph.read(SUGGEST.at(now), parameters, (row) -> GraphValues.entity(row.get("entity"), now));
	}

	Optional<Entity> entity(String id) {
		At now = At.day(this.today.date());
		Map<String, Object> parameters = now.parameters();
		parameters.put("id", id);
		return this.graph.read(ENTITY.at(now), parameters, (row) -> GraphValues.entity(row.get("entity"), now))
			.stream()
			.findFirst();
	}

	/** The full-text query for a text; null when it has no word to search for. */
	private static @Nullable String lucene(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return SearchText.of(text).luceneQuery();
		}
		catch (BadArgumentException ex) {
			return null;
		}
	}

}
