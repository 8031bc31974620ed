// Filtering entities by kind, and name lookups for nameContains.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name);
// Full-text search over every name an entity is known by (current, short, Welsh, former, aliases).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.shortName, e.nameCy, e.otherNames];
