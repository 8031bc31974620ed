package cymru.atebol.reconcile;

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

	private static final String CANDIDATES = """
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
			WHERE e:Entity AND (size(q.kinds) = 0 OR e.kind IN q.kinds)
				AND (q.asOf IS NULL OR ((e.validFrom IS NULL OR e.validFrom <= q.asOf)
					AND (e.validTo IS NULL OR e.validTo >= q.asOf)))
			RETURN q.key AS key, e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity,
				[(e)-[r]-(la:Entity) WHERE la.kind = 'LOCAL_AUTHORITY' AND r.id IS NOT NULL AND r.recordedTo IS NULL
					AND (q.asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= q.asOf)
						AND (r.validTo IS NULL OR r.validTo >= q.asOf))) | la {.id, .name, .nameCy}]
					+ CASE WHEN e.kind = 'LOCAL_AUTHORITY' THEN [e {.id, .name, .nameCy}] ELSE [] END AS localAuthorities
			""";

	private static final String SUGGEST = """
			CALL () {
				CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node AS e, score
				RETURN e, score
				UNION
				MATCH (e:Entity {id: $id})
				RETURN e, 1000.0 AS score
			}
			WITH e, max(score) AS score
			WHERE e:Entity
			RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
			ORDER BY score DESC, e.name, e.id
			SKIP $offset
			LIMIT $limit
			""";

	private static final String ENTITY = """
			MATCH (e:Entity {id: $id})
			RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
			""";

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
			q.put("ods", query.odsCodes());
			q.put("ons", query.onsCodes());
			q.put("wikidata", query.wikidataIds());
			parameters.add(q);
			dates.put(query.key(), (query.asOf() != null) ? query.asOf() : this.today.date());
		}
		Map<String, List<Found>> found = new LinkedHashMap<>();
		queries.forEach((query) -> found.put(query.key(), new ArrayList<>()));
		this.graph.read(CANDIDATES, Map.of("queries", parameters, "hits", HITS), (row) -> {
			String key = row.get("key").asString();
			Entity entity = GraphValues.entity(row.get("entity"), dates.get(key), null);
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
		LocalDate now = this.today.date();
		return this.graph.read(SUGGEST,
				Map.of("lucene", lucene, "id", prefix.strip(), "offset", offset, "limit", limit),
				(row) -> GraphValues.entity(row.get("entity"), now, null));
	}

	Optional<Entity> entity(String id) {
		LocalDate now = this.today.date();
		return this.graph.read(ENTITY, Map.of("id", id), (row) -> GraphValues.entity(row.get("entity"), now, null))
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
