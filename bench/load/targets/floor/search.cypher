// The floor for "search": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// the pool searchQueries holds each search term as SearchText turns it into Lucene (term^2 term*) Parameters: load/targets/floor/target.json.
// statement 1 of 1: entity/EntityQueries.java#SEARCH
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
WHERE e:Entity AND (coalesce(coalesce(e.validFrom, e.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(e.validTo >= $asOf, true))
RETURN e {.*, names: [(e)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(e.validFrom, e.notBefore) <= $asOf, NOT $datesKnown)
	AND coalesce(e.validTo >= $asOf, true))} AS entity, score
ORDER BY score DESC, e.name, e.id
LIMIT $first
