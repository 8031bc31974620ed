// The floor for "orgchart": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// The statement the service runs for this query. Parameters: load/targets/floor/target.json.
// statement 1 of 1: traversal/TraversalQueries.java#SUBGRAPH with {"{{step}}":"<-[r]-","{{depth}}":"3"}
MATCH (root:Entity {id: $root})
WHERE $recordedAsOf IS NULL OR root.recordedFrom <= $recordedAsOf
CALL (root) {
	MATCH path = ANY SHORTEST (root)
		((a)<-[r]-(b:Entity)
			WHERE type(r) IN $types
				AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
				AND (r.recordedTo IS NULL OR r.recordedTo > $recordedAsOf)
				AND ($recordedAsOf IS NULL OR r.recordedFrom <= $recordedAsOf)
				AND (b.validFrom IS NULL OR b.validFrom <= $asOf) AND (b.validTo IS NULL OR b.validTo >= $asOf)
				AND ($recordedAsOf IS NULL OR b.recordedFrom <= $recordedAsOf)
		){1,3}
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
			MATCH (n)<-[r]-(c:Entity)
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
