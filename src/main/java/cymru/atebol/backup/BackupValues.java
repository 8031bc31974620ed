package cymru.atebol.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Neo4j property values as JSON and back, exactly: strings, booleans and integers as
 * JSON; every other type as an object with one key naming it ({@code float},
 * {@code date}, {@code datetime} with its offset or zone and nanoseconds, ...), so that
 * an integer never comes back as a float, nor a zoned time as an offset one.
 */
final class BackupValues {

	private static final JsonNodeFactory json = JsonNodeFactory.instance;

	private BackupValues() {
	}

	static ObjectNode encodeProperties(Map<String, Object> properties) {
		ObjectNode node = json.objectNode();
		properties.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> node.set(entry.getKey(), encode(entry.getValue())));
		return node;
	}

	static JsonNode encode(Object value) {
		return switch (value) {
			case String text -> json.textNode(text);
			case Boolean bool -> json.booleanNode(bool);
			case Long number -> json.numberNode(number);
			case Integer number -> json.numberNode(number.longValue());
			case Double number -> tagged("float", Double.toString(number));
			case Float number -> tagged("float", Double.toString(number));
			case LocalDate date -> tagged("date", date.toString());
			case LocalTime time -> tagged("localtime", time.toString());
			case OffsetTime time -> tagged("time", time.toString());
			case LocalDateTime dateTime -> tagged("localdatetime", dateTime.toString());
			case ZonedDateTime dateTime -> tagged("datetime", dateTime.toString());
			case IsoDuration duration -> {
				ObjectNode parts = json.objectNode();
				parts.put("months", duration.months());
				parts.put("days", duration.days());
				parts.put("seconds", duration.seconds());
				parts.put("nanoseconds", duration.nanoseconds());
				yield json.objectNode().set("duration", parts);
			}
			case Point point -> {
				ObjectNode parts = json.objectNode();
				parts.put("srid", point.srid());
				parts.put("x", Double.toString(point.x()));
				parts.put("y", Double.toString(point.y()));
				if (!Double.isNaN(point.z())) {
					parts.put("z", Double.toString(point.z()));
				}
				yield json.objectNode().set("point", parts);
			}
			case byte[] bytes -> tagged("bytes", Base64.getEncoder().encodeToString(bytes));
			case List<?> list -> {
				ArrayNode array = json.arrayNode();
				list.forEach(element -> array.add(encode(element)));
				yield array;
			}
			default -> throw new IllegalArgumentException(
					"A property value of type %s cannot be backed up".formatted(value.getClass().getName()));
		};
	}

	private static ObjectNode tagged(String type, String text) {
		return json.objectNode().put(type, text);
	}

	static Map<String, Object> decodeProperties(JsonNode properties) {
		if (!properties.isObject()) {
			throw new IllegalArgumentException("properties are not an object");
		}
		Map<String, Object> decoded = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : properties.properties()) {
			decoded.put(entry.getKey(), decode(entry.getValue()));
		}
		return decoded;
	}

	static Object decode(JsonNode value) {
		if (value.isString()) {
			return value.asString();
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.asLong();
		}
		if (value.isArray()) {
			List<Object> list = new ArrayList<>();
			value.values().forEach(element -> list.add(decode(element)));
			return list;
		}
		if (value.isObject() && value.size() == 1) {
			Map.Entry<String, JsonNode> tag = value.properties().iterator().next();
			JsonNode body = tag.getValue();
			return switch (tag.getKey()) {
				case "float" -> Double.parseDouble(text(body));
				case "date" -> LocalDate.parse(text(body));
				case "localtime" -> LocalTime.parse(text(body));
				case "time" -> OffsetTime.parse(text(body));
				case "localdatetime" -> LocalDateTime.parse(text(body));
				case "datetime" -> ZonedDateTime.parse(text(body));
				case "duration" ->
					Values
						.isoDuration(body.required("months").asLong(), body.required("days").asLong(),
								body.required("seconds").asLong(), body.required("nanoseconds").asInt())
						.asIsoDuration();
				case "point" -> point(body);
				case "bytes" -> Base64.getDecoder().decode(text(body));
				default -> throw new IllegalArgumentException("unknown value type '" + tag.getKey() + "'");
			};
		}
		throw new IllegalArgumentException("not a property value: " + value);
	}

	private static Point point(JsonNode body) {
		int srid = body.required("srid").asInt();
		double x = Double.parseDouble(text(body.required("x")));
		double y = Double.parseDouble(text(body.required("y")));
		return body.has("z") ? Values.point(srid, x, y, Double.parseDouble(text(body.get("z")))).asPoint()
				: Values.point(srid, x, y).asPoint();
	}

	private static String text(JsonNode node) {
		if (!node.isString()) {
			throw new IllegalArgumentException("expected a string, found " + node);
		}
		return node.asString();
	}

}
