// The dataset's current state (one :Dataset node) and one :DatasetVersion per state (docs/caching.md).
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT dataset_version_number IF NOT EXISTS FOR (v:DatasetVersion) REQUIRE v.number IS UNIQUE;
