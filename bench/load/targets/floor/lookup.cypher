// (a) An entity and its direct superiors on $asOf.
// PROVISIONAL: written from docs/graph-model.md before the service's query existed. KEEP IN SYNC with the
// service's Cypher (see bench/README.md "Keeping the three targets equivalent"); bench/load/check-sync.mjs compares.
MATCH (e:Entity {id: $id})
WHERE (e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)
RETURN e {.id, .name, .kind, .validFrom, .validTo,
  reportsTo: [(e)-[r:ACCOUNTABLE_TO|REPORTS_TO|PART_OF|HOSTED_BY|OPERATES_UNDER]->(p:Entity)
    WHERE r.recordedTo IS NULL
      AND (r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)
      AND (p.validFrom IS NULL OR p.validFrom <= $asOf) AND (p.validTo IS NULL OR p.validTo >= $asOf)
    | {id: r.id, type: type(r), validFrom: r.validFrom, validTo: r.validTo, to: p {.id, .name, .kind}}]
} AS entity
