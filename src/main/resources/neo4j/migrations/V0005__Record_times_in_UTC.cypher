// Record times are compared as instants only when they share one time zone: Neo4j orders two DateTimes of the
// same instant by their zones, so '10:00Z[Etc/UTC]' <= '10:00Z' is false. Every record time is now written in
// UTC ('Z'), and every recordedAsOf is read in UTC; this rewrites the record times written with a zone name.
MATCH (n) WHERE n.recordedFrom.timezone <> 'Z' SET n.recordedFrom = datetime({datetime: n.recordedFrom, timezone: 'Z'});
MATCH (n) WHERE n.recordedTo.timezone <> 'Z' SET n.recordedTo = datetime({datetime: n.recordedTo, timezone: 'Z'});
MATCH (n) WHERE n.versionRecordedFrom.timezone <> 'Z'
SET n.versionRecordedFrom = datetime({datetime: n.versionRecordedFrom, timezone: 'Z'});
MATCH ()-[r]->() WHERE r.recordedFrom.timezone <> 'Z' SET r.recordedFrom = datetime({datetime: r.recordedFrom, timezone: 'Z'});
MATCH ()-[r]->() WHERE r.recordedTo.timezone <> 'Z' SET r.recordedTo = datetime({datetime: r.recordedTo, timezone: 'Z'});
