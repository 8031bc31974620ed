package cymru.atebol.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import cymru.atebol.seed.Seed.Citation;

/**
 * The seed's facts as the property maps stored in Neo4j (see docs/graph-model.md),
 * without the bookkeeping properties (version, record time) that the writer adds.
 */
final class SeedRows {

	private static final Map<String, String> CODE_PROPERTIES = Map.of("ods", "odsCode", "wikidata", "wikidataId", "ons",
			"onsCode", "cluster", "gpClusterCode");

	private SeedRows() {
	}

	static Map<String, Object> entity(Seed.Entity entity, EvidenceDates evidence) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", entity.id());
		row.put("kind", entity.kind());
		row.put("name", entity.name());
		put(row, "nameCy", entity.nameCy());
		put(row, "shortName", entity.shortName());
		if (!entity.aliases().isEmpty()) {
			row.put("aliases", entity.aliases());
		}
		put(row, "otherNames", otherNames(entity));
		put(row, "description", entity.description());
		put(row, "note", entity.note());
		validity(row, "valid", entity.validFrom(), entity.validTo());
		start(row, "notBefore", entity.notBefore());
		start(row, "evidencedFrom", evidence.earliest(entity.sources()));
		entity.codes().forEach((code, value) -> row.put(CODE_PROPERTIES.get(code), value));
		sources(row, entity.sources());
		return row;
	}

	/** Every name the entity is also known by, for full-text search. */
	private static @Nullable String otherNames(Seed.Entity entity) {
		Set<String> names = new LinkedHashSet<>();
		for (Seed.Name name : entity.names()) {
			names.add(name.name());
			if (name.shortName() != null) {
				names.add(name.shortName());
			}
			if (name.nameCy() != null) {
				names.add(name.nameCy());
			}
		}
		names.addAll(entity.aliases());
		names.remove(entity.name());
		names.remove(entity.shortName());
		names.remove(entity.nameCy());
		return names.isEmpty() ? null : String.join(" | ", names);
	}

	static Map<String, Object> name(Seed.Name name) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", name.name());
		put(row, "nameCy", name.nameCy());
		put(row, "shortName", name.shortName());
		validity(row, "valid", name.validFrom(), name.validTo());
		sources(row, name.sources());
		return row;
	}

	static Map<String, Object> count(Seed.Count count) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("of", count.of());
		row.put("value", count.value());
		if (count.asOf() != null) {
			row.put("asOf", count.asOf().first());
			row.put("asOfPrecision", count.asOf().precision().name());
		}
		put(row, "note", count.note());
		sources(row, count.sources());
		return row;
	}

	static Map<String, Object> relationship(Seed.Relationship relationship, EvidenceDates evidence) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", relationship.id());
		validity(row, "valid", relationship.validFrom(), relationship.validTo());
		start(row, "notBefore", relationship.notBefore());
		start(row, "evidencedFrom", evidence.earliest(relationship.sources()));
		put(row, "note", relationship.note());
		sources(row, relationship.sources());
		return row;
	}

	static Map<String, Object> source(Seed.Source source) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", source.id());
		row.put("title", source.title());
		put(row, "publisher", source.publisher());
		put(row, "date", source.date());
		put(row, "url", source.url());
		put(row, "file", source.file());
		if (source.tier() != null) {
			row.put("tier", source.tier().longValue());
		}
		put(row, "note", source.note());
		return row;
	}

	static Map<String, Object> event(Seed.Event event) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", event.id());
		row.put("kind", event.kind());
		row.put("date", event.date().first());
		row.put("datePrecision", event.date().precision().name());
		row.put("description", event.description());
		row.put("relationshipIds", event.relationships());
		row.put("derived", event.derived());
		sources(row, event.sources());
		return row;
	}

	/** Who an event touched, by role. */
	static List<Map<String, Object>> touched(Seed.Event event) {
		List<Map<String, Object>> touched = new ArrayList<>();
		event.entities().forEach(id -> touched.add(Map.of("id", id, "role", "SUBJECT")));
		event.predecessors().forEach(id -> touched.add(Map.of("id", id, "role", "PREDECESSOR")));
		event.successors().forEach(id -> touched.add(Map.of("id", id, "role", "SUCCESSOR")));
		return touched;
	}

	/** Dates as stored: a start as the first day of its period, an end as the last. */
	private static void validity(Map<String, Object> row, String prefix, @Nullable FuzzyDate from,
			@Nullable FuzzyDate to) {
		if (from != null) {
			row.put(prefix + "From", from.first());
			row.put(prefix + "FromPrecision", from.precision().name());
		}
		if (to != null) {
			row.put(prefix + "To", to.last());
			row.put(prefix + "ToPrecision", to.precision().name());
		}
	}

	/**
	 * A date that bounds a start, stored like a start: the first day of its period, with
	 * its precision.
	 */
	private static void start(Map<String, Object> row, String key, @Nullable FuzzyDate date) {
		if (date != null) {
			row.put(key, date.first());
			row.put(key + "Precision", date.precision().name());
		}
	}

	private static void sources(Map<String, Object> row, List<Citation> citations) {
		row.put("sourceIds", citations.stream().map(Citation::sourceId).toList());
		row.put("sourceSections", citations.stream().map(c -> (c.section() != null) ? c.section() : "").toList());
	}

	private static void put(Map<String, Object> row, String key, @Nullable Object value) {
		if (value != null) {
			row.put(key, value);
		}
	}

}
