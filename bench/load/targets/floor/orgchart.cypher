// The floor for "orgchart": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// The statement the service runs for this query. Parameters: load/targets/floor/target.json.
// statement 1 of 1: traversal/TraversalQueries.java#SUBGRAPH with {"{{step}}":"<-[r]-","{{depth}}":"3"}
MATCH (root:Entity {id: $root})
WHERE true
CALL (root) {
	MATCH path = ANY SHORTEST (root)
		((a)<-[r]-(b:Entity)
			WHERE type(r) IN $types AND ((r.recordedTo IS NULL) AND (coalesce(coalesce(r.validFrom, r.notBefore) <= $asOf, true) AND coalesce(r.validTo >= $asOf, true))
	AND (type(r) = 'REPLACED_BY' OR (coalesce(coalesce(startNode(r).validFrom, startNode(r).notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(startNode(r).validTo >= $asOf, true))) AND (coalesce(coalesce(endNode(r).validFrom, endNode(r).notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(endNode(r).validTo >= $asOf, true))) AND (coalesce(coalesce(b.validFrom, b.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(b.validTo >= $asOf, true))
		){1,3}
		(node)
	WHERE node <> root AND (coalesce(coalesce(root.validFrom, root.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(root.validTo >= $asOf, true))
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
	WHERE b IN nodes AND type(r) IN $types AND ((r.recordedTo IS NULL) AND (coalesce(coalesce(r.validFrom, r.notBefore) <= $asOf, true) AND coalesce(r.validTo >= $asOf, true))
	AND (type(r) = 'REPLACED_BY' OR (coalesce(coalesce(a.validFrom, a.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(a.validTo >= $asOf, true))) AND (coalesce(coalesce(b.validFrom, b.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(b.validTo >= $asOf, true)))
	RETURN collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS edges
}
CALL (nodes) {
	UNWIND nodes AS n
	RETURN collect({
		entity: n {.*, names: [(n)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(n.validFrom, n.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(n.validTo >= $asOf, true))},
		hasChildren: EXISTS {
			MATCH (n)<-[r]-(c:Entity)
			WHERE type(r) IN $types AND ((r.recordedTo IS NULL) AND (coalesce(coalesce(r.validFrom, r.notBefore) <= $asOf, true) AND coalesce(r.validTo >= $asOf, true))
	AND (type(r) = 'REPLACED_BY' OR (coalesce(coalesce(startNode(r).validFrom, startNode(r).notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(startNode(r).validTo >= $asOf, true))) AND (coalesce(coalesce(endNode(r).validFrom, endNode(r).notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(endNode(r).validTo >= $asOf, true))) AND (coalesce(coalesce(c.validFrom, c.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(c.validTo >= $asOf, true))
		}
	}) AS entities
}
RETURN root {.*, names: [(root)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(root.validFrom, root.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(root.validTo >= $asOf, true))} AS root, entities, depths, edges, truncated
