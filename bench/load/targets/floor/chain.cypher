// (b) Every upward route from an entity to a top on $asOf, shortest first (at most 100 routes of at most 10 hops).
// PROVISIONAL: the same statement as the peer's @cypher accountabilityChain, until the service's query exists.
// KEEP IN SYNC with the service's Cypher (bench/README.md "Keeping the three targets equivalent").
MATCH (start:Entity {id: $id})
WHERE (start.validFrom IS NULL OR start.validFrom <= $asOf) AND (start.validTo IS NULL OR start.validTo >= $asOf)
WITH start, $asOf AS d
OPTIONAL MATCH route = (start)(()-[r:ACCOUNTABLE_TO|REPORTS_TO|PART_OF|HOSTED_BY|OPERATES_UNDER]->(n:Entity)
    WHERE r.recordedTo IS NULL
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)){1,10}(top)
  WHERE NOT EXISTS {
    (top)-[u:ACCOUNTABLE_TO|REPORTS_TO|PART_OF|HOSTED_BY|OPERATES_UNDER]->(p:Entity)
    WHERE u.recordedTo IS NULL
      AND (u.validFrom IS NULL OR u.validFrom <= d) AND (u.validTo IS NULL OR u.validTo >= d)
      AND (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
  }
WITH start, route
ORDER BY length(route)
WITH start, collect(route) AS found
WITH start, found[0..100] AS routes, size(found) > 100 AS truncated
RETURN {
  from: start {.id, .name, .kind},
  routes: [route IN routes WHERE route IS NOT NULL | {steps: [i IN range(0, length(route) - 1) | {
    relationship: {id: relationships(route)[i].id, type: type(relationships(route)[i]),
                   validFrom: relationships(route)[i].validFrom, validTo: relationships(route)[i].validTo},
    entity: {id: nodes(route)[i + 1].id, name: nodes(route)[i + 1].name, kind: nodes(route)[i + 1].kind}}]}],
  tops: [top IN collect {
    UNWIND routes AS route
    WITH DISTINCT last(nodes(route)) AS top
    WHERE top IS NOT NULL
    RETURN top
  } | top {.id, .name, .kind}],
  truncated: truncated
} AS chain
