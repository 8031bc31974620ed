// The floor for "chain": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// The statement the service runs for this query. Parameters: load/targets/floor/target.json.
// statement 1 of 1: traversal/TraversalQueries.java#CHAIN formatted with [12]
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
		){1,12}
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
RETURN start {.*, names: [(start)-[:HAS_NAME]->(x:Name) | x {.*}]} AS start,
	[route IN routes | [r IN relationships(route) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}]] AS routes,
	COLLECT {
		UNWIND routes AS route
		UNWIND nodes(route) AS n
		WITH DISTINCT n
		RETURN n {.*, names: [(n)-[:HAS_NAME]->(x:Name) | x {.*}]}
	} AS entities,
	truncated
