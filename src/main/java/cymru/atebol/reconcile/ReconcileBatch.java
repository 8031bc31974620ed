package cymru.atebol.reconcile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Reads a reconciliation query batch ({@code {"q0": {"query": ..., "type": ..., "limit":
 * ..., "properties": [{"pid": ..., "v": ...}]}, ...}}) and checks every field, so a bad
 * one is refused with a message naming the query, the field and the value.
 */
final class ReconcileBatch {

	static final int MAX_QUERIES = 50;

	static final int DEFAULT_LIMIT = 5;

	static final int MAX_LIMIT = 25;

	static final int MAX_TEXT = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReconcileBatch() {
	}

	static List<ReconcileQuery> parse(String queries, @Nullable LocalDate asOf, EntityTypes types) {
		JsonNode batch;
		try {
			batch = JSON.readTree(queries);
		}
		catch (JacksonException ex) {
			throw new BadReconcileRequest("'queries' is not JSON: " + ex.getOriginalMessage());
		}
		if (batch == null || !batch.isObject()) {
			throw new BadReconcileRequest("'queries' must be a JSON object of queries by key, e.g. {\"q0\": "
					+ "{\"query\": \"Hywel Dda University Health Board\"}}");
		}
		if (batch.size() > MAX_QUERIES) {
			throw new BadReconcileRequest(HttpStatus.CONTENT_TOO_LARGE,
					"The batch has %d queries, more than the maximum of %d (the manifest's batchSize)"
						.formatted(batch.size(), MAX_QUERIES));
		}
		List<ReconcileQuery> parsed = new ArrayList<>();
		for (Map.Entry<String, JsonNode> query : batch.properties()) {
			parsed.add(query(query.getKey(), query.getValue(), asOf, types));
		}
		return parsed;
	}

	private static ReconcileQuery query(String key, JsonNode query, @Nullable LocalDate asOf, EntityTypes types) {
		if (!query.isObject()) {
			throw bad(key, "", "must be an object with a 'query'", query);
		}
		String text = text(key, query.get("query"));
		List<String> kinds = kinds(key, query.get("type"), types);
		int limit = limit(key, query.get("limit"));
		List<String> ods = new ArrayList<>();
		List<String> ons = new ArrayList<>();
		List<String> wikidata = new ArrayList<>();
		List<String> localAuthorities = new ArrayList<>();
		LocalDate date = asOf;
		JsonNode properties = query.get("properties");
		if (properties != null && !properties.isNull()) {
			if (!properties.isArray()) {
				throw bad(key, ".properties", "must be an array of {\"pid\": ..., \"v\": ...}", properties);
			}
			for (JsonNode property : properties) {
				String pid = (property.get("pid") != null) ? property.get("pid").asString("") : "";
				if (!ReconcileProperties.known(pid)) {
					throw bad(key, ".properties",
							"names an unknown property; the properties are "
									+ ReconcileProperties.ALL.stream().map(ReconcileProperties.Property::id).toList(),
							property.get("pid"));
				}
				List<String> values = values(key, pid, property.get("v"));
				switch (pid) {
					case ReconcileProperties.ODS_CODE -> ods.addAll(values);
					case ReconcileProperties.ONS_CODE -> ons.addAll(values);
					case ReconcileProperties.WIKIDATA_ID -> wikidata.addAll(values);
					case ReconcileProperties.LOCAL_AUTHORITY -> localAuthorities.addAll(values);
					default -> date = values.isEmpty() ? date : date(key, values.get(0));
				}
			}
		}
		if (text == null && ods.isEmpty() && ons.isEmpty() && wikidata.isEmpty()) {
			throw bad(key, "", "needs a 'query' or a code property (odsCode, onsCode, wikidataId)", query);
		}
		return new ReconcileQuery(key, text, kinds, limit, date, ods, ons, wikidata, localAuthorities);
	}

	private static @Nullable String text(String key, @Nullable JsonNode query) {
		if (query == null || query.isNull()) {
			return null;
		}
		if (!query.isString() || query.asString().isBlank()) {
			throw bad(key, ".query", "must be a non-empty string", query);
		}
		String text = query.asString().strip();
		if (text.length() > MAX_TEXT) {
			throw bad(key, ".query", "must be at most %d characters, was %d".formatted(MAX_TEXT, text.length()), null);
		}
		return text;
	}

	private static List<String> kinds(String key, @Nullable JsonNode type, EntityTypes types) {
		List<String> kinds = new ArrayList<>();
		if (type == null || type.isNull()) {
			return kinds;
		}
		List<JsonNode> given = new ArrayList<>();
		if (type.isArray()) {
			type.forEach(given::add);
		}
		else {
			given.add(type);
		}
		for (JsonNode kind : given) {
			if (!kind.isString() || !types.contains(kind.asString())) {
				throw bad(key, ".type", "is not a type; the types are the entity kinds (e.g. HEALTH_BOARD, "
						+ "LOCAL_AUTHORITY), listed in the manifest's defaultTypes", kind);
			}
			kinds.add(kind.asString());
		}
		return kinds;
	}

	private static int limit(String key, @Nullable JsonNode limit) {
		if (limit == null || limit.isNull()) {
			return DEFAULT_LIMIT;
		}
		if (!limit.isIntegralNumber() || limit.asInt() < 1 || limit.asInt() > MAX_LIMIT) {
			throw bad(key, ".limit", "must be a whole number from 1 to " + MAX_LIMIT, limit);
		}
		return limit.asInt();
	}

	/**
	 * A property's values as text: a string, number or boolean, an entity ({@code {"id":
	 * ...}}), or an array of those.
	 */
	private static List<String> values(String key, String pid, @Nullable JsonNode v) {
		List<String> values = new ArrayList<>();
		if (v == null || v.isNull()) {
			return values;
		}
		List<JsonNode> given = new ArrayList<>();
		if (v.isArray()) {
			v.forEach(given::add);
		}
		else {
			given.add(v);
		}
		for (JsonNode value : given) {
			if (value.isObject() && value.get("id") != null && value.get("id").isString()) {
				values.add(value.get("id").asString());
			}
			else if (value.isValueNode() && !value.isNull() && !value.asString().isBlank()) {
				values.add(value.asString().strip());
			}
			else if (!value.isValueNode()) {
				throw bad(key, ".properties." + pid, "must be a string, a number, {\"id\": ...} or an array of those",
						value);
			}
		}
		return values;
	}

	private static LocalDate date(String key, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadReconcileRequest(
					"Query '%s': property asOf '%s' is not a date: write it as YYYY-MM-DD".formatted(key, value));
		}
	}

	private static BadReconcileRequest bad(String key, String field, String reason, @Nullable JsonNode value) {
		String shown = (value == null) ? "" : " (was " + abbreviate(value.toString()) + ")";
		return new BadReconcileRequest("Query '%s'%s %s%s".formatted(abbreviate(key), field, reason, shown));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

}
