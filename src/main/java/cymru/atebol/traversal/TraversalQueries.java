package cymru.atebol.traversal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import cymru.atebol.entity.RelationTypes;
import cymru.atebol.neo4j.Graph;

import org.springframework.stereotype.Component;

/**
 * The three traversals, one Cypher query each. A hop is taken only over a relationship
 * valid on {@code $asOf} and current at {@code $recordedAsOf} (docs/graph-model.md), to
 * an entity that exists on {@code $asOf}; the predicate sits inside the quantified path
 * pattern, so Neo4j prunes while it expands instead of filtering finished paths.
 * Quantifier bounds cannot be parameters in Cypher, so they are written in from fixed,
 * validated integers and the enum's fixed steps.
 */
@Component
final class TraversalQueries {

	/** Routes that reach a top, plus whether any route was cut at the maximum length. */
	private static final String CHAIN = """
			MATCH (start:Entity {id: $from})
			WHERE $recordedAsOf IS NULL OR start.recordedFrom <= $recordedAsOf
			CALL (start) {
				MATCH route = (start)
					((a)-[r]->(b:Entity)
						WHERE type(r) IN $upward
							AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
							AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf)
							AND ($recordedAsOf IS NULL OR r.recordedFrom <= $recordedAsOf)
							AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
							AND ($recordedAsOf IS NULL OR b.recordedFrom <= $recordedAsOf)
					){1,%1$d}
					(top)
				WHERE (start.validFrom IS NULL OR start.validFrom <= $asOf)
					AND (start.validTo IS NULL OR start.validTo >= $asOf)
				WITH route, NOT EXISTS {
					MATCH (top)-[u]->(above:Entity)
					WHERE type(u) IN $upward
						AND (u.validFrom IS NULL OR u.validFrom <= $asOf) AND (u.validTo IS NULL OR u.validTo >= $asOf)
						AND (u.recordedTo IS NULL OR u.recordedTo > $recordedAsOf)
						AND ($recordedAsOf IS NULL OR u.recordedFrom <= $recordedAsOf)
						AND (above.validFrom IS NULL OR above.validFrom <= $asOf)
						AND (above.validTo IS NULL OR above.validTo >= $asOf)
						AND ($recordedAsOf IS NULL OR above.recordedFrom <= $recordedAsOf)
				} AS atTop
				WHERE atTop OR length(route) = %1$d
				// Parallel lines between the same two entities (say ACCOUNTABLE_TO and REPORTS_TO) make one
				// route, shown by its strongest type ($rank: the order of RelationTypes.upward()).
				WITH route, atTop, [n IN nodes(route) | n.id] AS entityIds
				ORDER BY [r IN relationships(route) | $rank[type(r)]]
				WITH entityIds, head(collect(route)) AS route, head(collect(atTop)) AS atTop
				ORDER BY length(route), entityIds
				RETURN collect(CASE WHEN atTop THEN route END) AS complete,
					count(CASE WHEN NOT atTop THEN 1 END) > 0 AS cut
			}
			WITH start, complete[0..$maxRoutes] AS routes, size(complete) > $maxRoutes OR cut AS truncated
			RETURN start {.*, names: [(start)-[:HAS_NAME]->(x:Name) | x {.*}]} AS start,
				[route IN routes | [r IN relationships(route) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}]] AS routes,
				COLLECT {
					UNWIND routes AS route
					UNWIND nodes(route) AS n
					WITH DISTINCT n
					RETURN n {.*, names: [(n)-[:HAS_NAME]->(x:Name) | x {.*}]}
				} AS entities,
				truncated
			""";

	/**
	 * Breadth first ({@code ANY SHORTEST} per reached entity gives its depth), stopping
	 * at the limit; the kept entities by depth and name; then the edges among them and
	 * whether each has children.
	 */
	private static final String SUBGRAPH = """
			MATCH (root:Entity {id: $root})
			WHERE $recordedAsOf IS NULL OR root.recordedFrom <= $recordedAsOf
			CALL (root) {
				MATCH path = ANY SHORTEST (root)
					((a){{step}}(b:Entity)
						WHERE type(r) IN $types
							AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
							AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf)
							AND ($recordedAsOf IS NULL OR r.recordedFrom <= $recordedAsOf)
							AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
							AND ($recordedAsOf IS NULL OR b.recordedFrom <= $recordedAsOf)
					){1,{{depth}}}
					(node)
				WHERE node <> root
					AND (root.validFrom IS NULL OR root.validFrom <= $asOf) AND (root.validTo IS NULL OR root.validTo >= $asOf)
				WITH node, length(path) AS depth
				// No ORDER BY before the LIMIT: the search is breadth first and stops at the limit with the
				// nearest entities; sorting first would make it explore everything within the depth.
				LIMIT $limit
				WITH node, depth
				ORDER BY depth, node.name, node.id
				RETURN collect({node: node, depth: depth}) AS reached
			}
			WITH root, reached[0..$limit - 1] AS kept, size(reached) >= $limit AS truncated
			WITH root, truncated, [root] + [k IN kept | k.node] AS nodes, [0] + [k IN kept | k.depth] AS depths
			CALL (nodes) {
				UNWIND nodes AS a
				MATCH (a)-[r]->(b:Entity)
				WHERE b IN nodes AND type(r) IN $types
					AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
					AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf)
					AND ($recordedAsOf IS NULL OR r.recordedFrom <= $recordedAsOf)
				RETURN collect(r {.*, type: type(r), fromId: a.id, toId: b.id}) AS edges
			}
			CALL (nodes) {
				UNWIND nodes AS n
				RETURN collect(n {.*,
					names: [(n)-[:HAS_NAME]->(x:Name) | x {.*}],
					hasChildren: EXISTS {
						MATCH (n){{step}}(c:Entity)
						WHERE type(r) IN $types
							AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
							AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf)
							AND ($recordedAsOf IS NULL OR r.recordedFrom <= $recordedAsOf)
							AND (c.validFrom IS NULL OR c.validFrom <= $asOf) AND (c.validTo IS NULL OR c.validTo >= $asOf)
							AND ($recordedAsOf IS NULL OR c.recordedFrom <= $recordedAsOf)
					}
				}) AS entities
			}
			RETURN root {.*, names: [(root)-[:HAS_NAME]->(x:Name) | x {.*}]} AS root, entities, depths, edges, truncated
			""";

	/**
	 * Every shortest way, over any relationship type, in either direction; a
	 * bidirectional search.
	 */
	private static final String PATHS = """
			OPTIONAL MATCH (a:Entity {id: $from})
			WHERE $recordedAsOf IS NULL OR a.recordedFrom <= $recordedAsOf
			OPTIONAL MATCH (b:Entity {id: $to})
			WHERE $recordedAsOf IS NULL OR b.recordedFrom <= $recordedAsOf
			CALL (a, b) {
				MATCH path = ALL SHORTEST (a)
					((x)-[r]-(y:Entity)
						WHERE (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
							AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf)
							AND ($recordedAsOf IS NULL OR r.recordedFrom <= $recordedAsOf)
							AND (y.validFrom IS NULL OR y.validFrom <= $asOf) AND (y.validTo IS NULL OR y.validTo >= $asOf)
							AND ($recordedAsOf IS NULL OR y.recordedFrom <= $recordedAsOf)
					){1,%1$d}
					(b)
				WHERE a <> b
					AND (a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)
				WITH path
				LIMIT $maxPaths
				RETURN collect(path) AS paths
			}
			RETURN a {.*, names: [(a)-[:HAS_NAME]->(x:Name) | x {.*}]} AS from,
				b {.*, names: [(b)-[:HAS_NAME]->(x:Name) | x {.*}]} AS to,
				[p IN paths | {
					entityIds: [n IN nodes(p) | n.id],
					relationships: [r IN relationships(p) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}]
				}] AS paths,
				COLLECT {
					UNWIND paths AS p
					UNWIND nodes(p) AS n
					WITH DISTINCT n
					RETURN n {.*, names: [(n)-[:HAS_NAME]->(x:Name) | x {.*}]}
				} AS entities
			""";

	private final Graph graph;

	private final RelationTypes relationTypes;

	private final String chain;

	private final Map<Direction, String[]> subgraphs = new EnumMap<>(Direction.class);

	private final String[] paths = new String[TraversalBounds.MAX_PATH_LENGTH + 1];

	TraversalQueries(Graph graph, RelationTypes relationTypes) {
		this.graph = graph;
		this.relationTypes = relationTypes;
		this.chain = CHAIN.formatted(TraversalBounds.MAX_ROUTE_LENGTH);
		for (Direction direction : Direction.values()) {
			String[] byDepth = new String[TraversalBounds.MAX_DEPTH + 1];
			for (int depth = 1; depth <= TraversalBounds.MAX_DEPTH; depth++) {
				byDepth[depth] = SUBGRAPH.replace("{{step}}", direction.step())
					.replace("{{depth}}", Integer.toString(depth));
			}
			this.subgraphs.put(direction, byDepth);
		}
		for (int length = 1; length <= TraversalBounds.MAX_PATH_LENGTH; length++) {
			this.paths[length] = PATHS.formatted(length);
		}
	}

	/** The chain's row, or empty when no entity has the id (at that record time). */
	Optional<Record> chain(String from, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = parameters(asOf, recordedAsOf);
		parameters.put("from", from);
		parameters.put("upward", this.relationTypes.upward());
		parameters.put("rank", this.relationTypes.upwardRank());
		parameters.put("maxRoutes", TraversalBounds.MAX_ROUTES);
		return this.graph.read(this.chain, parameters, (row) -> row).stream().findFirst();
	}

	Optional<Record> subgraph(String root, Direction direction, int depth, List<String> types, LocalDate asOf,
			@Nullable OffsetDateTime recordedAsOf, int limit) {
		Map<String, Object> parameters = parameters(asOf, recordedAsOf);
		parameters.put("root", root);
		parameters.put("types", types);
		parameters.put("limit", limit);
		return this.graph.read(this.subgraphs.get(direction)[depth], parameters, (row) -> row).stream().findFirst();
	}

	Record paths(String from, String to, int maxLength, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = parameters(asOf, recordedAsOf);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("maxPaths", TraversalBounds.MAX_PATHS);
		return this.graph.read(this.paths[maxLength], parameters, (row) -> row).get(0);
	}

	private static Map<String, Object> parameters(LocalDate asOf, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf);
		parameters.put("recordedAsOf", recordedAsOf);
		return parameters;
	}

}
