// The floor for "chain": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// The statement the service runs for this query. Parameters: load/targets/floor/target.json.
// statement 1 of 1: traversal/TraversalQueries.java#CHAIN with {"{{maxLength}}":"12"}
MATCH (start:Entity {id: $from})
WHERE true
CALL (start) {
	MATCH route = (start)
		((a)-[r]->(b:Entity)
			WHERE type(r) IN $upward AND ((r.recordedTo IS NULL) AND (coalesce(coalesce(r.validFrom, r.notBefore) <= $asOf, true) AND coalesce(r.validTo >= $asOf, true))
	AND (type(r) = 'REPLACED_BY' OR (coalesce(coalesce(a.validFrom, a.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(a.validTo >= $asOf, true))) AND (coalesce(coalesce(b.validFrom, b.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(b.validTo >= $asOf, true)))
		){1,12}
		(top)
	WHERE (coalesce(coalesce(start.validFrom, start.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(start.validTo >= $asOf, true))
	WITH route, NOT EXISTS {
		MATCH (top)-[u]->(above:Entity)
		WHERE type(u) IN $upward AND ((u.recordedTo IS NULL) AND (coalesce(coalesce(u.validFrom, u.notBefore) <= $asOf, true) AND coalesce(u.validTo >= $asOf, true))
	AND (type(u) = 'REPLACED_BY' OR (coalesce(coalesce(top.validFrom, top.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(top.validTo >= $asOf, true))) AND (coalesce(coalesce(above.validFrom, above.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(above.validTo >= $asOf, true)))
	} AS atTop
	WHERE atTop OR length(route) = 12
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
RETURN start {.*, names: [(start)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(start.validFrom, start.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(start.validTo >= $asOf, true))} AS start,
	[route IN routes | [r IN relationships(route) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}]] AS routes,
	COLLECT {
		UNWIND routes AS route
		UNWIND nodes(route) AS n
		WITH DISTINCT n
		RETURN n {.*, names: [(n)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(n.validFrom, n.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(n.validTo >= $asOf, true))}
	} AS entities,
	truncated
