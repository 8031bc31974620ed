package cymru.atebol.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * Maps what the queries return (map projections of nodes and relationships, see
 * docs/graph-model.md for the properties) into the API's records.
 */
public final class GraphValues {

	private GraphValues() {
	}

	/**
	 * An entity from {@code e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}}, viewed
	 * at a date and record time; former names not recorded at that record time are left
	 * out.
	 */
	public static Entity entity(Value e, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf) {
		List<Name> formerNames = e.get("names")
			.asList((n) -> n)
			.stream()
			.filter((n) -> recordedAt(n, recordedAsOf))
			.map(GraphValues::name)
			.toList();
		Codes codes = new Codes(string(e, "odsCode"), string(e, "wikidataId"), string(e, "onsCode"),
				string(e, "gpClusterCode"));
		return new Entity(required(e, "id"), required(e, "kind"), required(e, "name"), string(e, "nameCy"),
				string(e, "shortName"), strings(e, "aliases"), string(e, "description"), string(e, "note"),
				date(e, "validFrom"), string(e, "validFromPrecision"), date(e, "validTo"),
				string(e, "validToPrecision"), codes, citations(e), formerNames, version(e), recordedBy(e), asOf,
				recordedAsOf);
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
		return new Relationship(required(r, "id"), required(r, "type"), from, to, date(r, "validFrom"),
				string(r, "validFromPrecision"), date(r, "validTo"), string(r, "validToPrecision"), citations(r),
				string(r, "note"), version(r), recordedBy(r));
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

	/**
	 * The record-time rule of docs/graph-model.md; without a record time, what is current
	 * now.
	 */
	static boolean recordedAt(Value fact, @Nullable OffsetDateTime recordedAsOf) {
		ZonedDateTime recordedTo = fact.get("recordedTo").isNull() ? null : fact.get("recordedTo").asZonedDateTime();
		if (recordedAsOf == null) {
			return recordedTo == null;
		}
		ZonedDateTime recordedFrom = fact.get("recordedFrom").isNull() ? null
				: fact.get("recordedFrom").asZonedDateTime();
		return (recordedFrom == null || !recordedFrom.toInstant().isAfter(recordedAsOf.toInstant()))
				&& (recordedTo == null || recordedTo.toInstant().isAfter(recordedAsOf.toInstant()));
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
