package cymru.atebol.editing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An entity's {@code otherNames}, which the full-text index reads: every former name,
 * short name and Welsh name and every alias that is not a current name, joined with
 * {@code " | "} (as the seed loader writes it), so that search finds an entity by any
 * name it has had.
 */
final class SearchNames {

	private SearchNames() {
	}

	static @Nullable String of(Map<String, @Nullable Object> entity, List<Map<String, Object>> formerNames) {
		Set<String> names = new LinkedHashSet<>();
		for (Map<String, Object> name : formerNames) {
			for (String key : List.of("name", "shortName", "nameCy")) {
				if (name.get(key) instanceof String text) {
					names.add(text);
				}
			}
		}
		if (entity.get("aliases") instanceof List<?> aliases) {
			aliases.forEach(alias -> names.add(alias.toString()));
		}
		names.remove(entity.get("name"));
		names.remove(entity.get("shortName"));
		names.remove(entity.get("nameCy"));
		return names.isEmpty() ? null : String.join(" | ", names);
	}

}
