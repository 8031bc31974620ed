// The floor for "search": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// the pool searchQueries holds each search term as SearchText turns it into Lucene (term^2 term*) Parameters: load/targets/floor/target.json.
// statement 1 of 1: entity/EntityQueries.java#SEARCH
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
WHERE e:Entity
	AND (e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)
	AND ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity, score
ORDER BY score DESC, e.name
LIMIT $first
