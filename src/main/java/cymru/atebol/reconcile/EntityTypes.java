package cymru.atebol.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cymru.atebol.seed.Vocabulary;

/**
 * The reconciliation types: the entity kinds of the vocabulary, each with a readable name
 * ({@code HEALTH_BOARD}: "Health board") and its meaning.
 */
@Component
final class EntityTypes {

	record Type(String id, String name, String description) {

		/** As the API writes a type: {@code {"id": ..., "name": ...}}. */
		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("name", this.name);
			return json;
		}

	}

	private static final Set<String> ACRONYMS = Set.of("nhs", "gp");

	private final Map<String, Type> types = new LinkedHashMap<>();

	EntityTypes(Vocabulary vocabulary) {
		for (Vocabulary.KindInfo kind : vocabulary.kinds()) {
			this.types.put(kind.kind(), new Type(kind.kind(), label(kind.kind()), kind.meaning()));
		}
	}

	List<Type> all() {
		return List.copyOf(this.types.values());
	}

	boolean contains(String kind) {
		return this.types.containsKey(kind);
	}

	Type of(String kind) {
		return this.types.getOrDefault(kind, new Type(kind, label(kind), ""));
	}

	static String label(String kind) {
		String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1).replace("nhs", "NHS").replace("gp ", "GP ");
	}

}
