// (d) Full-text search over every name (index entity_names), among entities that exist on $asOf, best 10.
// PROVISIONAL until the service's query exists. KEEP IN SYNC with the service's Cypher
// (bench/README.md "Keeping the three targets equivalent").
CALL db.index.fulltext.queryNodes('entity_names', $term) YIELD node, score
WHERE (node.validFrom IS NULL OR node.validFrom <= $asOf) AND (node.validTo IS NULL OR node.validTo >= $asOf)
WITH node, score
ORDER BY score DESC
LIMIT 10
RETURN collect({score: score, entity: node {.id, .name, .kind}}) AS hits
