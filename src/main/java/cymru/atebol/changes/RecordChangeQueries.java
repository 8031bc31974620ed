package cymru.atebol.changes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.version.VersionEntry;

/**
 * The change feed's read: for a page of versions, in one statement for the whole page,
 * every fact version those versions wrote (new values) or superseded (old values), found
 * by their record times. Nothing is stored twice: old and new come from the bitemporal
 * record itself.
 */
@Component
public final class RecordChangeQueries {

	/**
	 * Entities and change events keep their current property set on the node and the
	 * superseded ones as revisions; relationships and names are versioned in place.
	 */
	private static final Statement FACTS = Cypher.compose("""
			CALL () {
				MATCH (e:Entity) WHERE {{revised(e)}}
				RETURN 'ENTITY' AS fact, e.id AS id, coalesce(e.versionRecordedFrom, e.recordedFrom) AS at,
					true AS isNew, properties(e) AS value
				UNION ALL
				MATCH (e:Entity) WHERE {{superseded(e)}}
				RETURN 'ENTITY' AS fact, e.id AS id, e.recordedTo AS at, false AS isNew, properties(e) AS value
				UNION ALL
				MATCH (x:EntityRevision)-[:REVISION_OF]->(e:Entity) WHERE {{written(x)}}
				RETURN 'ENTITY' AS fact, e.id AS id, x.recordedFrom AS at, true AS isNew, properties(x) AS value
				UNION ALL
				MATCH (x:EntityRevision)-[:REVISION_OF]->(e:Entity) WHERE {{superseded(x)}}
				RETURN 'ENTITY' AS fact, e.id AS id, x.recordedTo AS at, false AS isNew, properties(x) AS value
				UNION ALL
				MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL AND {{written(r)}}
				RETURN 'RELATIONSHIP' AS fact, r.id AS id, r.recordedFrom AS at, true AS isNew,
					{{relationship(r)}} AS value
				UNION ALL
				MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL AND {{superseded(r)}}
				RETURN 'RELATIONSHIP' AS fact, r.id AS id, r.recordedTo AS at, false AS isNew,
					{{relationship(r)}} AS value
				UNION ALL
				MATCH (e:Entity)-[:HAS_NAME]->(n:Name) WHERE {{written(n)}}
				RETURN 'NAME' AS fact, e.id + '@' + coalesce(toString(n.validFrom), '') AS id, n.recordedFrom AS at,
					true AS isNew, n {.*, entity: e.id} AS value
				UNION ALL
				MATCH (e:Entity)-[:HAS_NAME]->(n:Name) WHERE {{superseded(n)}}
				RETURN 'NAME' AS fact, e.id + '@' + coalesce(toString(n.validFrom), '') AS id, n.recordedTo AS at,
					false AS isNew, n {.*, entity: e.id} AS value
				UNION ALL
				MATCH (c:ChangeEvent) WHERE {{revised(c)}}
				RETURN 'EVENT' AS fact, c.id AS id, coalesce(c.versionRecordedFrom, c.recordedFrom) AS at,
					true AS isNew, c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | x.id + ' ' + t.role]} AS value
				UNION ALL
				MATCH (x:ChangeEventRevision)-[:REVISION_OF]->(c:ChangeEvent) WHERE {{written(x)}}
				RETURN 'EVENT' AS fact, c.id AS id, x.recordedFrom AS at, true AS isNew, properties(x) AS value
				UNION ALL
				MATCH (x:ChangeEventRevision)-[:REVISION_OF]->(c:ChangeEvent) WHERE {{superseded(x)}}
				RETURN 'EVENT' AS fact, c.id AS id, x.recordedTo AS at, false AS isNew, properties(x) AS value
			}
			RETURN fact, id, at, isNew, value
			ORDER BY at, fact, id, isNew
			""");

	private final Graph graph;

	RecordChangeQueries(Graph graph) {
		this.graph = graph;
	}

	/** The versions, each with its changes: one statement for them all. */
	public List<RecordChange> changes(List<VersionEntry> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("times", page.stream().map(VersionEntry::recordedAt).distinct().toList());
		parameters.put("recordedAsOf", null);
		Map<OffsetDateTime, Map<String, FactDiff.Pair>> byTime = new LinkedHashMap<>();
		this.graph.readEach(FACTS.at(true), parameters, (row) -> {
			OffsetDateTime at = row.get("at").asOffsetDateTime();
			String key = row.get("fact").asString() + " " + row.get("id").asString();
			FactDiff.Pair pair = byTime.computeIfAbsent(at, (t) -> new LinkedHashMap<>())
				.computeIfAbsent(key, (k) -> new FactDiff.Pair(row.get("fact").asString(), row.get("id").asString()));
			pair.set(row.get("isNew").asBoolean(), plain(row.get("value")));
		});
		List<RecordChange> changes = new ArrayList<>(page.size());
		for (VersionEntry version : page) {
			Map<String, FactDiff.Pair> facts = byTime.getOrDefault(version.recordedAt(), Map.of());
			changes.add(FactDiff.change(version, new ArrayList<>(facts.values())));
		}
		return changes;
	}

	private static Map<String, @Nullable Object> plain(Value value) {
		return value.asMap((v) -> v.isNull() ? null : v.asObject());
	}

}
