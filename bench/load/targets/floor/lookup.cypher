// The floor for "lookup": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// entity(id) with its reportsTo: one round trip (the upward lines' statement returns the entity too, EntityLookup) Parameters: load/targets/floor/target.json.
// statement 1 of 1: entity/RelationshipQueries.java#RELATIONSHIPS
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
	MATCH (e)-[r]->(other:Entity)
	WHERE key.direction <> 'INCOMING' AND (key.types IS NULL OR type(r) IN key.types)
		AND ((r.recordedTo IS NULL) AND (coalesce(coalesce(r.validFrom, r.notBefore) <= key.asOf, true) AND coalesce(r.validTo >= key.asOf, true))
	AND (type(r) = 'REPLACED_BY' OR (coalesce(coalesce(e.validFrom, e.notBefore) <= key.asOf, NOT key.datesKnown)
	AND coalesce(e.validTo >= key.asOf, true))) AND (coalesce(coalesce(other.validFrom, other.notBefore) <= key.asOf, NOT key.datesKnown)
	AND coalesce(other.validTo >= key.asOf, true)))
	RETURN r, other
	UNION
	MATCH (e)<-[r]-(other:Entity)
	WHERE key.direction <> 'OUTGOING' AND (key.types IS NULL OR type(r) IN key.types)
		AND ((r.recordedTo IS NULL) AND (coalesce(coalesce(r.validFrom, r.notBefore) <= key.asOf, true) AND coalesce(r.validTo >= key.asOf, true))
	AND (type(r) = 'REPLACED_BY' OR (coalesce(coalesce(other.validFrom, other.notBefore) <= key.asOf, NOT key.datesKnown)
	AND coalesce(other.validTo >= key.asOf, true))) AND (coalesce(coalesce(e.validFrom, e.notBefore) <= key.asOf, NOT key.datesKnown)
	AND coalesce(e.validTo >= key.asOf, true)))
	RETURN r, other
}
WITH key, e, r, other
ORDER BY type(r), other.name, r.id
WITH key, e, collect({relationship: r, other: other}) AS matched
CALL (key, e, matched) {
	UNWIND matched[key.offset..key.offset + key.first] AS m
	WITH m.relationship AS r, m.other AS other
	RETURN collect({relationship: r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}, other: other {.*, names: [(other)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(other.validFrom, other.notBefore) <= key.asOf, NOT key.datesKnown)
	AND coalesce(other.validTo >= key.asOf, true))}}) AS page
}
RETURN key.index AS index, size(matched) AS total, page, e {.*, names: [(e)-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}], inForce: (coalesce(coalesce(e.validFrom, e.notBefore) <= key.asOf, NOT key.datesKnown)
	AND coalesce(e.validTo >= key.asOf, true))} AS entity
