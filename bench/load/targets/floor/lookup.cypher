// The floor for "lookup": GENERATED from the service's sources by bench/load/sync-cypher.mjs --write; do not edit.
// entity(id) then its reportsTo: two round trips (the entity, then the DataLoader batch of the level) Parameters: load/targets/floor/target.json.
// statement 1 of 2: entity/EntityQueries.java#ENTITY_BY_ID
MATCH (e:Entity {id: $id})
WHERE $recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf
OPTIONAL MATCH (old:EntityRevision)-[:REVISION_OF]->(e)
WHERE old.recordedFrom <= $recordedAsOf AND old.recordedTo > $recordedAsOf
WITH e, head(collect(old)) AS old
RETURN CASE WHEN old IS NULL THEN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}
	ELSE old {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} END AS entity
;
// statement 2 of 2: entity/RelationshipQueries.java#RELATIONSHIPS
UNWIND $keys AS key
MATCH (e:Entity {id: key.id})
CALL (e, key) {
	MATCH (e)-[r]->(other:Entity)
	WHERE key.direction <> 'INCOMING'
	RETURN r, other
	UNION
	MATCH (e)<-[r]-(other:Entity)
	WHERE key.direction <> 'OUTGOING'
	RETURN r, other
}
WITH key, e, r, other
WHERE (key.types IS NULL OR type(r) IN key.types)
	AND (r.validFrom IS NULL OR r.validFrom <= key.asOf) AND (r.validTo IS NULL OR r.validTo >= key.asOf)
	AND (r.recordedTo IS NULL OR r.recordedTo > key.recordedAsOf)
	AND (key.recordedAsOf IS NULL OR r.recordedFrom <= key.recordedAsOf)
	AND (other.validFrom IS NULL OR other.validFrom <= key.asOf)
	AND (other.validTo IS NULL OR other.validTo >= key.asOf)
	AND (key.recordedAsOf IS NULL OR other.recordedFrom <= key.recordedAsOf)
WITH key, e, r, other
ORDER BY type(r), other.name, r.id
WITH key, e, collect({relationship: r, other: other}) AS matched
CALL (key, e, matched) {
	UNWIND matched[key.offset..key.offset + key.first] AS m
	WITH m.relationship AS r, m.other AS other
	RETURN collect({
		relationship: r {.*, type: type(r), outgoing: startNode(r) = e},
		other: other {.*, names: [(other)-[:HAS_NAME]->(n:Name) | n {.*}]}
	}) AS page
}
RETURN key.index AS index, size(matched) AS total, page,
	e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
