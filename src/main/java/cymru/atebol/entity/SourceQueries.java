package cymru.atebol.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import cymru.atebol.neo4j.Graph;

import org.springframework.stereotype.Component;

/**
 * Sources (by id, all, or in one batch for a level's citations) and the counts entities
 * carry.
 */
@Component
final class SourceQueries {

	private static final String SOURCES_BY_ID = """
			MATCH (s:Source)
			WHERE s.id IN $ids
			RETURN s {.*} AS source
			""";

	private static final String ALL_SOURCES = """
			MATCH (s:Source)
			RETURN s {.*} AS source
			ORDER BY s.id
			""";

	private static final String COUNTS = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:HAS_COUNT]->(c:Count)
			RETURN id, c {.*} AS count
			ORDER BY c.of, c.asOf
			""";

	private final Graph graph;

	SourceQueries(Graph graph) {
		this.graph = graph;
	}

	Map<String, Source> sources(Collection<String> ids) {
		Map<String, Source> sources = new HashMap<>();
		for (Source source : this.graph.read(SOURCES_BY_ID, Map.of("ids", List.copyOf(ids)),
				(row) -> GraphValues.source(row.get("source")))) {
			sources.put(source.id(), source);
		}
		return sources;
	}

	List<Source> allSources() {
		return this.graph.read(ALL_SOURCES, Map.of(), (row) -> GraphValues.source(row.get("source")));
	}

	/** Each entity id's counts, in kind and date order. */
	Map<String, List<Count>> counts(Collection<String> entityIds) {
		Map<String, List<Count>> counts = new HashMap<>();
		for (Record row : this.graph.read(COUNTS, Map.of("ids", List.copyOf(entityIds)), (row) -> row)) {
			counts.computeIfAbsent(row.get("id").asString(), (id) -> new ArrayList<>())
				.add(GraphValues.count(row.get("count")));
		}
		return counts;
	}

}
