package cymru.atebol.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cymru.atebol.editing.EditCypher.EntityState;
import cymru.atebol.editing.EditInputs.CodesInput;
import cymru.atebol.editing.EditInputs.CreateEntityInput;
import cymru.atebol.editing.EditInputs.UpdateEntityInput;
import cymru.atebol.entity.Citation;
import cymru.atebol.seed.FuzzyDate;

/**
 * An entity's properties from an edit's input, as the seed loader writes them: texts
 * stripped (blank is absent), aliases once each, codes under their property names, and
 * the names search reads ({@code otherNames}) kept up to date.
 */
final class EntityFacts {

	private static final Map<String, String> CODES = Map.of("ods", "odsCode", "wikidata", "wikidataId", "ons",
			"onsCode", "gpCluster", "gpClusterCode");

	private EntityFacts() {
	}

	/** A new entity's properties, without the bookkeeping. */
	static Map<String, @Nullable Object> created(CreateEntityInput input, @Nullable FuzzyDate validFrom,
			List<Citation> sources) {
		Map<String, @Nullable Object> content = new LinkedHashMap<>();
		content.put("id", input.id());
		content.put("kind", input.kind());
		content.put("name", input.name().strip());
		content.put("nameCy", text(input.nameCy()));
		content.put("shortName", text(input.shortName()));
		content.put("aliases", aliases(input.aliases()));
		content.put("description", text(input.description()));
		content.put("note", text(input.note()));
		content.putAll(StoredDates.from(validFrom));
		codes(content, input.codes());
		content.put("otherNames", SearchNames.of(content, List.of()));
		content.putAll(Citations.lists(sources));
		return content;
	}

	/**
	 * The corrections an update asks for: a field left out stays, an empty text removes
	 * it.
	 */
	static Map<String, @Nullable Object> corrections(UpdateEntityInput input, @Nullable FuzzyDate validFrom) {
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		if (input.kind() != null) {
			changes.put("kind", input.kind());
		}
		putText(changes, "nameCy", input.nameCy());
		putText(changes, "shortName", input.shortName());
		putText(changes, "description", input.description());
		putText(changes, "note", input.note());
		if (input.aliases() != null) {
			changes.put("aliases", aliases(input.aliases()));
		}
		if (validFrom != null) {
			changes.putAll(StoredDates.from(validFrom));
		}
		codes(changes, input.codes());
		return changes;
	}

	/**
	 * Adds what follows from the changes: the names search reads, given the entity's
	 * former names, and the citations merged with the entity's own.
	 */
	static Map<String, @Nullable Object> completed(EntityState state, Map<String, @Nullable Object> changes,
			List<Map<String, Object>> formerNames, List<Citation> sources) {
		Map<String, @Nullable Object> next = new LinkedHashMap<>(state.props());
		next.putAll(changes);
		Map<String, @Nullable Object> completed = new LinkedHashMap<>(changes);
		completed.put("otherNames", SearchNames.of(next, formerNames));
		completed.putAll(Citations.merged(state.props(), sources));
		return completed;
	}

	/** The API's names of the fields the changes alter, for the event's description. */
	static List<String> changed(Map<String, Object> current, Map<String, @Nullable Object> changes) {
		Map<String, String> fields = new HashMap<>();
		CODES.forEach((field, property) -> fields.put(property, "codes." + field));
		List<String> names = new ArrayList<>();
		changes.forEach((key, value) -> {
			if (!Objects.equals(current.get(key), value) && !key.endsWith("Precision")) {
				names.add(fields.getOrDefault(key, key));
			}
		});
		return names;
	}

	/**
	 * The entity's current names as a former name, in force from {@code from} to
	 * {@code to}, recorded now by the editor.
	 */
	static Map<String, Object> formerName(Map<String, Object> props, @Nullable FuzzyDate from, FuzzyDate to,
			Edit edit) {
		Map<String, @Nullable Object> former = new LinkedHashMap<>();
		former.put("name", props.get("name"));
		former.put("nameCy", props.get("nameCy"));
		former.put("shortName", props.get("shortName"));
		former.putAll(StoredDates.from(from));
		former.putAll(StoredDates.to(to));
		former.put("sourceIds", props.get("sourceIds"));
		former.put("sourceSections", props.get("sourceSections"));
		former.put("recordedFrom", edit.now());
		former.put("recordedBy", edit.editor());
		return EditCypher.withoutNulls(former);
	}

	/**
	 * When the current name came into force: the day after the last former name ended, or
	 * the entity began.
	 */
	static @Nullable FuzzyDate currentNameFrom(EntityState state) {
		Map<String, Object> last = null;
		for (Map<String, Object> name : state.names()) {
			if (name.get("validTo") instanceof LocalDate to
					&& (last == null || to.isAfter((LocalDate) last.get("validTo")))) {
				last = name;
			}
		}
		if (last != null) {
			FuzzyDate ended = StoredDates.validTo(last);
			return (ended != null) ? ended.following() : null;
		}
		return StoredDates.validFrom(state.props());
	}

	/** A text input: stripped, or null when blank or absent. */
	static @Nullable String text(@Nullable String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	/** A text to change: absent leaves it, blank removes it. */
	private static void putText(Map<String, @Nullable Object> changes, String key, @Nullable String text) {
		if (text != null) {
			changes.put(key, text(text));
		}
	}

	private static @Nullable List<String> aliases(@Nullable List<String> aliases) {
		if (aliases == null) {
			return null;
		}
		List<String> kept = aliases.stream().map(EntityFacts::text).filter(Objects::nonNull).distinct().toList();
		return kept.isEmpty() ? null : kept;
	}

	/** Codes given: set (blank removes); codes left out stay. */
	private static void codes(Map<String, @Nullable Object> props, @Nullable CodesInput codes) {
		if (codes == null) {
			return;
		}
		putText(props, CODES.get("ods"), codes.ods());
		putText(props, CODES.get("wikidata"), codes.wikidata());
		putText(props, CODES.get("ons"), codes.ons());
		putText(props, CODES.get("gpCluster"), codes.gpCluster());
	}

}
