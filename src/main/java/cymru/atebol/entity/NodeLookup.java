package cymru.atebol.entity;

import org.jspecify.annotations.Nullable;

/**
 * Finds objects of another feature by global id for {@code Query.node}, when the id is
 * not an entity's, a relationship's or a source's (e.g. a change event's).
 */
public interface NodeLookup {

	/** The object with the id, or {@code null} if this feature has none. */
	@Nullable Object node(String id);

}
