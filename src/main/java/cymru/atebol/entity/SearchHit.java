package cymru.atebol.entity;

import org.jspecify.annotations.Nullable;

/**
 * A full-text search result: the entity, its relevance and the name that matched best.
 */
public record SearchHit(Entity entity, double score, @Nullable String matchedName) {
}
