package cymru.atebol.history;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a relationship id ({@code <from>:<TYPE>:<to>[@<validFrom>]}) into the ends it
 * joins.
 */
final class RelationshipIds {

	private static final Pattern ID = Pattern.compile("([^:]+):([A-Z_]+):([^:@]+)(@.+)?");

	private RelationshipIds() {
	}

	/**
	 * The lookup key of a relationship: its id and the ids of its ends, or null for
	 * another shape of id.
	 */
	static @Nullable Map<String, String> key(String id) {
		Matcher matcher = ID.matcher(id);
		return matcher.matches() ? Map.of("id", id, "from", matcher.group(1), "to", matcher.group(3)) : null;
	}

}
