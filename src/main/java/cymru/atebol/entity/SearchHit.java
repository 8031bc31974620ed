package cymru.atebol.entity;

import org.jspecify.annotations.Nullable;

/**
 * A full-text search result: the entity, its relevance and, when asked for, the name that
 * matched best (worked out only then: most searches do not ask).
 */
public record SearchHit(Entity entity, double score, SearchText searchedFor) {

	/** The entity's name that matched the text best, or null when none did. */
	public @Nullable String matchedName() {
		return this.searchedFor.bestMatch(this.entity);
	}

}
