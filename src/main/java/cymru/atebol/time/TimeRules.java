package cymru.atebol.time;

import java.util.Map;

/**
 * The graph's rules of time, each written once as a Cypher fragment that the queries
 * compose ({@link cymru.atebol.neo4j.Cypher#compose}). A fragment reads the moment of
 * {@link At#parameters()}: {@code $asOf}, {@code $recordedAsOf} and {@code $datesKnown}
 * (or the same fields of a variable, for batched requests that each carry their own
 * moment: {@code {{exists(e | key)}}} reads {@code key.asOf}). docs/time.md states the
 * rules in words.
 * <ul>
 * <li>{@code recorded(x)}: a version of a relationship or name that the graph held at
 * {@code $recordedAsOf}; without a record time, the current one.</li>
 * <li>{@code entered(x)}: an entity or change event that had entered the graph by
 * {@code $recordedAsOf} (they keep when they were first recorded).</li>
 * <li>{@code exists(e)}: an entity that exists on {@code $asOf}, by the dates the graph
 * held for it at {@code $recordedAsOf} (an edit after that time left the dates of then in
 * an {@code :EntityRevision}). Its start is its sourced {@code validFrom}, else a sourced
 * bound ({@code notBefore}); with neither, the start is unknown: in force from any date,
 * unless {@code $datesKnown}.</li>
 * <li>{@code holds(r, from, to)}: a relationship in force on {@code $asOf}: recorded,
 * within its own dates, and never outside the lifetime of either end: both ends exist
 * then. A succession ({@code REPLACED_BY}) links a body that ended to the one that took
 * over, so it needs only its successor ({@code to}) to exist: it holds from the
 * successor's start on.</li>
 * <li>{@code entity(e)}: an entity's map projection as recorded at {@code $recordedAsOf},
 * with its names recorded then and whether it exists on {@code $asOf}
 * ({@code inForce}).</li>
 * <li>{@code relationship(r)}: a relationship's map projection with its type and the ids
 * of its ends.</li>
 * <li>{@code sourceEntered(s)}: a source that had entered the graph by
 * {@code $recordedAsOf}; the seed's sources carry no record time and count as there from
 * the start.</li>
 * <li>{@code written(x)}, {@code superseded(x)}: a fact version (a relationship, name,
 * entity revision, change event, or a retracted entity) that one of the changes recorded
 * at the record times {@code $times} wrote, or superseded; {@code revised(e)}: an entity
 * whose current property set one of them wrote. The change feed pairs them into old and
 * new values.</li>
 * </ul>
 * Internal names ({@code _rev}, {@code _v}, {@code _n}) begin with an underscore so that
 * they never meet a query's own variables.
 */
public final class TimeRules {

	private static final String RECORDED = """
			(CASE WHEN $recordedAsOf IS NULL THEN {x}.recordedTo IS NULL
				ELSE {x}.recordedFrom <= $recordedAsOf AND coalesce({x}.recordedTo > $recordedAsOf, true) END)""";

	private static final String ENTERED = "($recordedAsOf IS NULL OR {x}.recordedFrom <= $recordedAsOf)";

	/**
	 * Whether the property set {@code p} (an entity or its revision) has begun and not
	 * ended on {@code $asOf}; an unknown start counts as begun unless
	 * {@code $datesKnown}.
	 */
	private static final String LIFETIME = """
			(coalesce(coalesce({p}.validFrom, {p}.notBefore) <= $asOf, NOT $datesKnown)
				AND coalesce({p}.validTo >= $asOf, true))""";

	/**
	 * The entity's property set recorded at {@code $recordedAsOf}, as a one-item list:
	 * the entity itself unless an edit after that time superseded it, then the
	 * {@code :EntityRevision} current then.
	 */
	private static final String THEN = """
			(CASE WHEN $recordedAsOf IS NULL OR coalesce({e}.versionRecordedFrom, {e}.recordedFrom) <= $recordedAsOf
				THEN [{e}] ELSE [(_rev:EntityRevision)-[:REVISION_OF]->({e})
					WHERE _rev.recordedFrom <= $recordedAsOf AND _rev.recordedTo > $recordedAsOf | _rev] END)""";

	private static final String EXISTS = "({{entered({e})}} AND any(_v IN {{then({e})}} WHERE {{lifetime(_v)}}))";

	private static final String OWN_DATES = """
			(coalesce(coalesce({r}.validFrom, {r}.notBefore) <= $asOf, true) AND coalesce({r}.validTo >= $asOf, true))""";

	private static final String HOLDS = """
			({{recorded({r})}} AND {{ownDates({r})}}
				AND (type({r}) = 'REPLACED_BY' OR {{exists({from})}}) AND {{exists({to})}})""";

	private static final String NAMES = "[({e})-[:HAS_NAME]->(_n:Name) WHERE {{recorded(_n)}} | _n {.*}]";

	/**
	 * Written as a {@code CASE} over the two property sets rather than over
	 * {@code then(e)}: Neo4j 2026.08's planner fails on a map projection of a list
	 * element that may be the entity itself ("should not appear non-cached").
	 */
	private static final String ENTITY = """
			(CASE WHEN $recordedAsOf IS NULL OR coalesce({e}.versionRecordedFrom, {e}.recordedFrom) <= $recordedAsOf
				THEN {e} {.*, names: {{names({e})}}, inForce: {{exists({e})}}}
				ELSE head([(_rev:EntityRevision)-[:REVISION_OF]->({e})
					WHERE _rev.recordedFrom <= $recordedAsOf AND _rev.recordedTo > $recordedAsOf
					| _rev {.*, names: {{names({e})}}, inForce: {{exists({e})}}}]) END)""";

	private static final String SOURCE_ENTERED = "($recordedAsOf IS NULL OR coalesce({s}.recordedFrom <= $recordedAsOf, true))";

	private static final String WRITTEN = "({x}.recordedFrom IN $times)";

	private static final String SUPERSEDED = "({x}.recordedTo IN $times)";

	private static final String REVISED = "(coalesce({e}.versionRecordedFrom, {e}.recordedFrom) IN $times)";

	private static final String RELATIONSHIP = "{r} {.*, type: type({r}), fromId: startNode({r}).id, toId: endNode({r}).id}";

	/**
	 * The fragments for reads of what the graph holds now ({@code $recordedAsOf} null):
	 * the same rules with the record-time branches left out, so the everyday queries are
	 * short to plan and cheap to run.
	 */
	private static final Map<String, String> NOW = Map.of("recorded", "({x}.recordedTo IS NULL)", "entered", "true",
			"then", "[{e}]", "exists", "{{lifetime({e})}}", "names",
			"[({e})-[:HAS_NAME]->(_n:Name) WHERE _n.recordedTo IS NULL | _n {.*}]", "entity",
			"{e} {.*, names: {{names({e})}}, inForce: {{lifetime({e})}}}");

	/** The fragments by name, each with the names of its arguments in order. */
	private static final Map<String, Fragment> FRAGMENTS = Map.ofEntries(fragment("recorded", RECORDED, "x"),
			fragment("entered", ENTERED, "x"), fragment("lifetime", LIFETIME, "p"), fragment("then", THEN, "e"),
			fragment("exists", EXISTS, "e"), fragment("ownDates", OWN_DATES, "r"),
			fragment("holds", HOLDS, "r", "from", "to"), fragment("names", NAMES, "e"), fragment("entity", ENTITY, "e"),
			fragment("relationship", RELATIONSHIP, "r"), fragment("sourceEntered", SOURCE_ENTERED, "s"),
			fragment("written", WRITTEN, "x"), fragment("superseded", SUPERSEDED, "x"),
			fragment("revised", REVISED, "e"));

	private TimeRules() {
	}

	/**
	 * The fragment of that name, or null; {@code now}: its form for reads of what the
	 * graph holds now.
	 */
	public static Fragment fragment(String name, boolean now) {
		Fragment fragment = FRAGMENTS.get(name);
		if (fragment == null || !now || !NOW.containsKey(name)) {
			return fragment;
		}
		return new Fragment(name, NOW.get(name), fragment.arguments());
	}

	private static Map.Entry<String, Fragment> fragment(String name, String text, String... arguments) {
		return Map.entry(name, new Fragment(name, text, arguments));
	}

	/**
	 * A named piece of Cypher with named arguments written {@code {name}} in its text.
	 */
	public record Fragment(String name, String text, String... arguments) {
	}

}
