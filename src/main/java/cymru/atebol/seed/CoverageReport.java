package cymru.atebol.seed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;

/**
 * What the graph holds now: entities per kind, relationships per type, sources and change
 * events.
 */
@Component
public final class CoverageReport {

	private final Graph graph;

	CoverageReport(Graph graph) {
		this.graph = graph;
	}

	/** A count of one kind, relationship type or other thing. */
	public record Line(String what, long count) {
	}

	/** The report's sections. */
	public record Coverage(List<Line> kinds, List<Line> relationshipTypes, List<Line> changeKinds, long sources,
			long names, long counts) {

		public long entities() {
			return this.kinds.stream().mapToLong(Line::count).sum();
		}

		public long relationships() {
			return this.relationshipTypes.stream().mapToLong(Line::count).sum();
		}

		@Override
		public String toString() {
			return "Entities: " + entities() + "\n" + lines(this.kinds) + "Relationships (current): " + relationships()
					+ "\n" + lines(this.relationshipTypes) + "Change events: "
					+ this.changeKinds.stream().mapToLong(Line::count).sum() + "\n" + lines(this.changeKinds)
					+ "Sources: " + this.sources + "\nFormer names: " + this.names + "\nSourced counts: " + this.counts
					+ "\n";
		}

		private static String lines(List<Line> lines) {
			return lines.stream()
				.map(l -> "  %-28s %5d%n".formatted(l.what(), l.count()))
				.collect(Collectors.joining());
		}

	}

	public Coverage coverage() {
		return new Coverage(lines("""
				MATCH (e:Entity) RETURN e.kind AS what, count(*) AS count ORDER BY what
				"""), lines("""
				MATCH (:Entity)-[r]->(:Entity) WHERE r.recordedTo IS NULL
				RETURN type(r) AS what, count(*) AS count ORDER BY what
				"""), lines("""
				MATCH (c:ChangeEvent) RETURN c.kind AS what, count(*) AS count ORDER BY what
				"""), single("MATCH (s:Source) RETURN count(s) AS count"),
				single("MATCH (:Entity)-[:HAS_NAME]->(n:Name) WHERE n.recordedTo IS NULL RETURN count(n) AS count"),
				single("MATCH (:Entity)-[:HAS_COUNT]->(c:Count) WHERE c.recordedTo IS NULL RETURN count(c) AS count"));
	}

	private List<Line> lines(String cypher) {
		return this.graph.read(cypher, Map.of(), r -> new Line(r.get("what").asString(), r.get("count").asLong()));
	}

	private long single(String cypher) {
		return this.graph.read(cypher, Map.of(), r -> r.get("count").asLong()).get(0);
	}

}
