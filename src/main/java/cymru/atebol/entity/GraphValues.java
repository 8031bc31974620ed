package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import cymru.atebol.time.At;
import cymru.atebol.time.Start;

/**
 * Maps what the queries return (map projections of nodes and relationships, see
 * docs/graph-model.md for the properties) into the API's records.
 */
public final class GraphValues {

	/**
	 * The type whose relationships are successions (TimeRules: in force from the
	 * successor's start).
	 */
	private static final String SUCCESSION = "REPLACED_BY";

	private GraphValues() {
	}

	/**
	 * An entity from the {@code entity(e)} projection of {@code TimeRules}, which already
	 * holds the property set and names recorded at the moment's record time and whether
	 * the entity exists on its date ({@code inForce}).
	 */
	public static Entity entity(Value e, At at) {
		Codes codes = new Codes(string(e, "odsCode"), string(e, "wikidataId"), string(e, "onsCode"),
				string(e, "gpClusterCode"));
		Value inForce = e.get("inForce");
		if (inForce.isNull()) {
			throw new IllegalStateException("Entity " + e.get("id") + " was read without the entity(e) projection");
		}
		return new Entity(required(e, "id"), required(e, "kind"), required(e, "name"), string(e, "nameCy"),
				string(e, "shortName"), strings(e, "aliases"), string(e, "description"), string(e, "note"),
				date(e, "validFrom"), string(e, "validFromPrecision"), date(e, "validTo"),
				string(e, "validToPrecision"), Start.of(dates(e)), codes, citations(e),
				e.get("names").asList(GraphValues::name), version(e), recordedBy(e), at, inForce.asBoolean());
	}

	/**
	 * A relationship from {@code r {.*, type: type(r), fromId: .., toId: ..}} between
	 * entities already read.
	 */
	public static Relationship relationship(Value r, Map<String, Entity> entitiesById) {
		Entity from = entitiesById.get(r.get("fromId").asString());
		Entity to = entitiesById.get(r.get("toId").asString());
		if (from == null || to == null) {
			throw new IllegalStateException(
					"Relationship " + r.get("id") + " ends at an entity the query did not return");
		}
		return relationship(r, from, to);
	}

	public static Relationship relationship(Value r, Entity from, Entity to) {
		String type = required(r, "type");
		Start start = Start.of(dates(r), from.start(), to.start(), SUCCESSION.equals(type));
		return new Relationship(required(r, "id"), type, from, to, date(r, "validFrom"),
				string(r, "validFromPrecision"), date(r, "validTo"), string(r, "validToPrecision"), start, citations(r),
				string(r, "note"), version(r), recordedBy(r));
	}

	private static Start.Dates dates(Value v) {
		return new Start.Dates(date(v, "validFrom"), string(v, "validFromPrecision"), date(v, "notBefore"),
				string(v, "notBeforePrecision"), date(v, "evidencedFrom"), string(v, "evidencedFromPrecision"));
	}

	/**
	 * The version of a fact; facts written before versions were kept count as the first.
	 */
	private static int version(Value v) {
		return v.get("version").isNull() ? 1 : v.get("version").asInt();
	}

	/** Who recorded a fact; facts written before this was kept came from the seed. */
	private static String recordedBy(Value v) {
		return v.get("recordedBy").isNull() ? "seed" : v.get("recordedBy").asString();
	}

	static Name name(Value n) {
		return new Name(required(n, "name"), string(n, "nameCy"), string(n, "shortName"), date(n, "validFrom"),
				string(n, "validFromPrecision"), date(n, "validTo"), string(n, "validToPrecision"), citations(n));
	}

	static Source source(Value s) {
		return new Source(required(s, "id"), required(s, "title"), string(s, "publisher"), string(s, "date"),
				string(s, "url"), string(s, "file"), s.get("tier").isNull() ? null : s.get("tier").asInt());
	}

	static Count count(Value c) {
		return new Count(required(c, "of"), c.get("value").asLong(), date(c, "asOf"), string(c, "asOfPrecision"),
				string(c, "note"), citations(c));
	}

	public static List<Citation> citations(Value v) {
		return Citation.of(strings(v, "sourceIds"), strings(v, "sourceSections"));
	}

	/**
	 * A property the graph model requires; its absence is a broken graph, reported as
	 * such (the driver would otherwise read a missing string as "null").
	 */
	private static String required(Value v, String key) {
		Value value = v.get(key);
		if (value.isNull()) {
			throw new IllegalStateException(
					"The graph has a node or relationship without its '%s' (id %s)".formatted(key, v.get("id")));
		}
		return value.asString();
	}

	static @Nullable String string(Value v, String key) {
		Value value = v.get(key);
		return value.isNull() ? null : value.asString();
	}

	private static @Nullable LocalDate date(Value v, String key) {
		Value value = v.get(key);
		return value.isNull() ? null : value.asLocalDate();
	}

	private static List<String> strings(Value v, String key) {
		Value value = v.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
