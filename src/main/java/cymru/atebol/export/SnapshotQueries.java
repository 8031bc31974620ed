package cymru.atebol.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;

/**
 * The Cypher behind the exports: entities, relationships, events and sources as of a date. Names are
 * the ones in force on the date: a former name valid then, else the current name.
 */
@Component
class SnapshotQueries {

	private final Graph graph;

	SnapshotQueries(Graph graph) {
		this.graph = graph;
	}

	List<Map<String, Object>> entities(LocalDate date) {
		return this.graph.read("""
				MATCH (e:Entity)
				WHERE (e.validFrom IS NULL OR e.validFrom <= $date) AND (e.validTo IS NULL OR e.validTo >= $date)
				CALL (e) {
					OPTIONAL MATCH (e)-[:HAS_NAME]->(n:Name)
					WHERE n.recordedTo IS NULL AND (n.validFrom IS NULL OR n.validFrom <= $date) AND n.validTo >= $date
					WITH n ORDER BY n.validTo LIMIT 1
					RETURN CASE WHEN n IS NULL THEN e.name ELSE n.name END AS eName,
						CASE WHEN n IS NULL THEN e.nameCy ELSE n.nameCy END AS eNameCy,
						CASE WHEN n IS NULL THEN e.shortName ELSE n.shortName END AS eShortName
				}
				RETURN e.id AS id, eName AS name, eNameCy AS nameCy, eShortName AS shortName, e.kind AS kind,
					e.description AS description, e.validFrom AS validFrom, e.validFromPrecision AS validFromPrecision,
					e.validTo AS validTo, e.validToPrecision AS validToPrecision, e.odsCode AS odsCode,
					e.wikidataId AS wikidataId, e.onsCode AS onsCode, e.gpClusterCode AS gpClusterCode,
					e.sourceIds AS sourceIds, e.sourceSections AS sourceSections, e.note AS note
				ORDER BY id
				""", Map.of("date", date), r -> r.asMap(SnapshotQueries::plain));
	}

	List<Map<String, Object>> relationships(LocalDate date) {
		return this.graph.read("""
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE r.id IS NOT NULL AND r.recordedTo IS NULL
					AND (r.validFrom IS NULL OR r.validFrom <= $date) AND (r.validTo IS NULL OR r.validTo >= $date)
					AND (a.validFrom IS NULL OR a.validFrom <= $date) AND (a.validTo IS NULL OR a.validTo >= $date)
					AND (b.validFrom IS NULL OR b.validFrom <= $date) AND (b.validTo IS NULL OR b.validTo >= $date)
				CALL (a) {
					OPTIONAL MATCH (a)-[:HAS_NAME]->(n:Name)
					WHERE n.recordedTo IS NULL AND (n.validFrom IS NULL OR n.validFrom <= $date) AND n.validTo >= $date
					WITH n ORDER BY n.validTo LIMIT 1
					RETURN CASE WHEN n IS NULL THEN a.name ELSE n.name END AS aName,
						CASE WHEN n IS NULL THEN a.nameCy ELSE n.nameCy END AS aNameCy,
						CASE WHEN n IS NULL THEN a.shortName ELSE n.shortName END AS aShortName
				}
				CALL (b) {
					OPTIONAL MATCH (b)-[:HAS_NAME]->(n:Name)
					WHERE n.recordedTo IS NULL AND (n.validFrom IS NULL OR n.validFrom <= $date) AND n.validTo >= $date
					WITH n ORDER BY n.validTo LIMIT 1
					RETURN CASE WHEN n IS NULL THEN b.name ELSE n.name END AS bName,
						CASE WHEN n IS NULL THEN b.nameCy ELSE n.nameCy END AS bNameCy,
						CASE WHEN n IS NULL THEN b.shortName ELSE n.shortName END AS bShortName
				}
				RETURN r.id AS id, a.id AS fromId, aName AS fromName, a.kind AS fromKind, type(r) AS type,
					b.id AS toId, bName AS toName, b.kind AS toKind, r.validFrom AS validFrom,
					r.validFromPrecision AS validFromPrecision, r.validTo AS validTo,
					r.validToPrecision AS validToPrecision, r.sourceIds AS sourceIds,
					r.sourceSections AS sourceSections, r.note AS note
				ORDER BY fromId, type, toId, id
				""", Map.of("date", date), r -> r.asMap(SnapshotQueries::plain));
	}

	/** Change events on or before the date, with the entities they touched by role. */
	List<Map<String, Object>> events(LocalDate date) {
		return this.graph.read("""
				MATCH (c:ChangeEvent)
				WHERE c.date <= $date
				OPTIONAL MATCH (c)-[t:TOUCHED]->(e:Entity)
				WITH c, collect({id: e.id, role: t.role}) AS touched
				RETURN c.id AS id, c.kind AS kind, c.date AS date, c.datePrecision AS datePrecision,
					c.description AS description, c.sourceIds AS sourceIds, c.sourceSections AS sourceSections,
					[x IN touched WHERE x.role = 'PREDECESSOR' | x.id] AS predecessors,
					[x IN touched WHERE x.role = 'SUCCESSOR' | x.id] AS successors,
					[x IN touched WHERE x.role = 'SUBJECT' | x.id] AS subjects
				ORDER BY date, id
				""", Map.of("date", date), r -> r.asMap(SnapshotQueries::plain));
	}

	List<Map<String, Object>> sources() {
		return this.graph.read("""
				MATCH (s:Source)
				RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.date AS date, s.url AS url,
					s.file AS file, s.tier AS tier
				ORDER BY id
				""", Map.of(), r -> r.asMap(SnapshotQueries::plain));
	}

	private static @Nullable Object plain(Value value) {
		return value.isNull() ? null : value.asObject();
	}

}
