package cymru.atebol.traversal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cymru.atebol.entity.RelationTypes;
import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Slot;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.time.At;

import org.springframework.stereotype.Component;

/**
 * The three traversals, one Cypher query each. A hop is taken only over a relationship in
 * force at the moment ({@code holds}: recorded then, within its dates and its ends'
 * lifetimes), to an entity that exists then; the predicate sits inside the quantified
 * path pattern, so Neo4j prunes while it expands instead of filtering finished paths.
 * Quantifier bounds cannot be parameters in Cypher, so they are slots filled from fixed,
 * validated integers and the direction's fixed steps.
 */
@Component
final class TraversalQueries {

	/** Routes that reach a top, plus whether any route was cut at the maximum length. */
	private static final String CHAIN = """
			MATCH (start:Entity {id: $from})
			WHERE {{entered(start)}}
			CALL (start) {
				MATCH route = (start)
					((a)-[r]->(b:Entity)
						WHERE type(r) IN $upward AND {{holds(r, a, b)}}
					){1,{{maxLength}}}
					(top)
				WHERE {{exists(start)}}
				WITH route, NOT EXISTS {
					MATCH (top)-[u]->(above:Entity)
					WHERE type(u) IN $upward AND {{holds(u, top, above)}}
				} AS atTop
				WHERE atTop OR length(route) = {{maxLength}}
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
			RETURN {{entity(start)}} AS start,
				[route IN routes | [r IN relationships(route) | {{relationship(r)}}]] AS routes,
				COLLECT {
					UNWIND routes AS route
					UNWIND nodes(route) AS n
					WITH DISTINCT n
					RETURN {{entity(n)}}
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
			WHERE {{entered(root)}}
			CALL (root) {
				MATCH path = ANY SHORTEST (root)
					((a){{step}}(b:Entity)
						WHERE type(r) IN $types AND {{holds(r, startNode(r), endNode(r))}} AND {{exists(b)}}
					){1,{{depth}}}
					(node)
				WHERE node <> root AND {{exists(root)}}
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
				WHERE b IN nodes AND type(r) IN $types AND {{holds(r, a, b)}}
				RETURN collect({{relationship(r)}}) AS edges
			}
			CALL (nodes) {
				UNWIND nodes AS n
				RETURN collect({
					entity: {{entity(n)}},
					hasChildren: EXISTS {
						MATCH (n){{step}}(c:Entity)
						WHERE type(r) IN $types AND {{holds(r, startNode(r), endNode(r))}} AND {{exists(c)}}
					}
				}) AS entities
			}
			RETURN {{entity(root)}} AS root, entities, depths, edges, truncated
			""";

	/**
	 * Every shortest way, over any relationship type, in either direction; a
	 * bidirectional search.
	 */
	private static final String PATHS = """
			OPTIONAL MATCH (a:Entity {id: $from})
			WHERE {{entered(a)}}
			OPTIONAL MATCH (b:Entity {id: $to})
			WHERE {{entered(b)}}
			CALL (a, b) {
				MATCH path = ALL SHORTEST (a)
					((x)-[r]-(y:Entity)
						WHERE {{holds(r, startNode(r), endNode(r))}} AND {{exists(y)}}
					){1,{{maxLength}}}
					(b)
				WHERE a <> b AND {{exists(a)}}
				WITH path
				LIMIT $maxPaths
				RETURN collect(path) AS paths
			}
			RETURN {{entity(a)}} AS from, {{entity(b)}} AS to,
				[p IN paths | {
					entityIds: [n IN nodes(p) | n.id],
					relationships: [r IN relationships(p) | {{relationship(r)}}]
				}] AS paths,
				COLLECT {
					UNWIND paths AS p
					UNWIND nodes(p) AS n
					WITH DISTINCT n
					RETURN {{entity(n)}}
				} AS entities
			""";

	private final Graph graph;

	private final RelationTypes relationTypes;

	private final Statement chain;

	private final Map<Direction, Statement[]> subgraphs = new EnumMap<>(Direction.class);

	private final Statement[] paths = new Statement[TraversalBounds.MAX_PATH_LENGTH + 1];

	TraversalQueries(Graph graph, RelationTypes relationTypes) {
		this.graph = graph;
		this.relationTypes = relationTypes;
		this.chain = Cypher.compose(CHAIN, Slot.of("maxLength", TraversalBounds.MAX_ROUTE_LENGTH));
		for (Direction direction : Direction.values()) {
			Statement[] byDepth = new Statement[TraversalBounds.MAX_DEPTH + 1];
			for (int depth = 1; depth <= TraversalBounds.MAX_DEPTH; depth++) {
				byDepth[depth] = Cypher.compose(SUBGRAPH, Slot.of("step", direction), Slot.of("depth", depth));
			}
			this.subgraphs.put(direction, byDepth);
		}
		for (int length = 1; length <= TraversalBounds.MAX_PATH_LENGTH; length++) {
			this.paths[length] = Cypher.compose(PATHS, Slot.of("maxLength", length));
		}
	}

	/** The chain, or empty when no entity has the id (at that record time). */
	Optional<AccountabilityChain> chain(String from, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("from", from);
		parameters.put("upward", this.relationTypes.upward());
		parameters.put("rank", this.relationTypes.upwardRank());
		parameters.put("maxRoutes", TraversalBounds.MAX_ROUTES);
		TraversalRows rows = new TraversalRows(at);
		return this.graph.read(this.chain.at(at), parameters, rows::chain).stream().findFirst();
	}

	/** The subgraph, or empty when no entity has the id (at that record time). */
	Optional<Subgraph> subgraph(String root, Direction direction, int depth, List<String> types, At at, int limit) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("root", root);
		parameters.put("types", types);
		parameters.put("limit", limit);
		TraversalRows rows = new TraversalRows(at);
		return this.graph.read(this.subgraphs.get(direction)[depth].at(at), parameters, rows::subgraph)
			.stream()
			.findFirst();
	}

	TraversalRows.Paths paths(String from, String to, int maxLength, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("maxPaths", TraversalBounds.MAX_PATHS);
		TraversalRows rows = new TraversalRows(at);
		return this.graph.read(this.paths[maxLength].at(at), parameters, rows::paths).get(0);
	}

}
