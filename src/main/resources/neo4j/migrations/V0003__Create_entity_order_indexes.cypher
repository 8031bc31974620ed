// Entity lists are ordered by name: range indexes give that order, so a page reads its own rows
// (and skipped ones) instead of sorting every entity; (kind, name) does the same for one kind.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.name);
