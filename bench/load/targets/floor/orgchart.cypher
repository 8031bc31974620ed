// (c) The entities below a root within $depth hops over upward relationships valid on $asOf (followed down),
// each with its depth, and the relationships followed.
// PROVISIONAL: the same statement as the peer's @cypher subgraph, until the service's query exists.
// KEEP IN SYNC with the service's Cypher (bench/README.md "Keeping the three targets equivalent").
MATCH (root:Entity {id: $id})
WHERE (root.validFrom IS NULL OR root.validFrom <= $asOf) AND (root.validTo IS NULL OR root.validTo >= $asOf)
WITH root, $asOf AS d
OPTIONAL MATCH path = (root)(()<-[r:ACCOUNTABLE_TO|REPORTS_TO|PART_OF|HOSTED_BY|OPERATES_UNDER]-(n:Entity)
    WHERE r.recordedTo IS NULL
      AND (r.validFrom IS NULL OR r.validFrom <= d) AND (r.validTo IS NULL OR r.validTo >= d)
      AND (n.validFrom IS NULL OR n.validFrom <= d) AND (n.validTo IS NULL OR n.validTo >= d)){1,6}(x)
  WHERE length(path) <= $depth
WITH root, x, min(length(path)) AS depth, collect(DISTINCT last(relationships(path))) AS followed
ORDER BY depth, x.id
WITH root, collect(CASE WHEN x IS NOT NULL THEN {depth: depth, entity: x {.id, .name, .kind}} END) AS below,
     reduce(acc = [], rs IN collect(followed) | acc + rs) AS rels
RETURN {
  nodes: [{depth: 0, entity: root {.id, .name, .kind}}] + below,
  edges: [r IN rels | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id,
                       validFrom: r.validFrom, validTo: r.validTo}],
  truncated: false
} AS subgraph
