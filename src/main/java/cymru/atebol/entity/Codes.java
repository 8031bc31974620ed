package cymru.atebol.entity;

import org.jspecify.annotations.Nullable;

/** Codes that identify an entity in other registries. */
public record Codes(@Nullable String ods, @Nullable String wikidata, @Nullable String ons, @Nullable String gpCluster) {
}
