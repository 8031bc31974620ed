package cymru.atebol.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Name;
import cymru.atebol.neo4j.Graph;

/**
 * The Cypher behind the exports: entities, relationships, events and sources as of a
 * date, with the names in force on the date (worked out as the API does, by
 * {@link Entity#nameOn}).
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
				RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
				ORDER BY e.id
				""", Map.of("date", date), r -> {
			Map<String, Object> row = r.get("entity").asMap(SnapshotQueries::plain);
			Name name = GraphValues.entity(r.get("entity"), date, null).nameOn(date);
			Map<String, Object> named = new HashMap<>(row);
			named.put("name", name.name());
			named.put("nameCy", name.nameCy());
			named.put("shortName", name.shortName());
			return named;
		});
	}

	List<Map<String, Object>> relationships(LocalDate date) {
		return this.graph.read("""
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE r.id IS NOT NULL AND r.recordedTo IS NULL
					AND (r.validFrom IS NULL OR r.validFrom <= $date) AND (r.validTo IS NULL OR r.validTo >= $date)
					AND (a.validFrom IS NULL OR a.validFrom <= $date) AND (a.validTo IS NULL OR a.validTo >= $date)
					AND (b.validFrom IS NULL OR b.validFrom <= $date) AND (b.validTo IS NULL OR b.validTo >= $date)
				RETURN r {.*, type: type(r)} AS relationship,
					a {.*, names: [(a)-[:HAS_NAME]->(n:Name) | n {.*}]} AS from,
					b {.*, names: [(b)-[:HAS_NAME]->(n:Name) | n {.*}]} AS to
				ORDER BY a.id, type(r), b.id, r.id
				""", Map.of("date", date), r -> {
			Map<String, Object> row = new HashMap<>(r.get("relationship").asMap(SnapshotQueries::plain));
			Entity from = GraphValues.entity(r.get("from"), date, null);
			Entity to = GraphValues.entity(r.get("to"), date, null);
			row.put("fromId", from.id());
			row.put("fromName", from.nameOn(date).name());
			row.put("fromKind", from.kind());
			row.put("toId", to.id());
			row.put("toName", to.nameOn(date).name());
			row.put("toKind", to.kind());
			return row;
		});
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
