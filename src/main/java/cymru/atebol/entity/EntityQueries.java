package cymru.atebol.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Connection;

import org.springframework.stereotype.Component;

/**
 * The root lookups over entities: by id, lists, full-text search and global ids. Every
 * entity comes back with its former names ({@code names}), which
 * {@link GraphValues#entity} expects.
 */
@Component
final class EntityQueries {

	/**
	 * At a record time, the property set current then: the entity's own, or the
	 * superseded one an edit kept as an {@code :EntityRevision} (docs/graph-model.md).
	 */
	private static final String ENTITY_BY_ID = """
			MATCH (e:Entity {id: $id})
			WHERE $recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf
			OPTIONAL MATCH (old:EntityRevision)-[:REVISION_OF]->(e)
			WHERE old.recordedFrom <= $recordedAsOf AND old.recordedTo > $recordedAsOf
			WITH e, head(collect(old)) AS old
			RETURN CASE WHEN old IS NULL THEN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}
				ELSE old {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} END AS entity
			""";

	/**
	 * Counted only when asked ({@code $countAll}: a count reads every match) and paged in
	 * name order, which the name indexes provide, so a page reads little more than its
	 * own rows. {@code {{kinds}}} and {@code {{order}}} are fixed text chosen by
	 * {@link KindFilter}.
	 */
	private static final String ENTITIES = """
			CALL () {
				WITH 1 AS ignored
				WHERE $countAll
				MATCH (e:Entity)
				WHERE {{kinds}}
					AND (e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)
					AND ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
					AND ($text IS NULL OR toLower(e.name) CONTAINS $text OR toLower(e.shortName) CONTAINS $text
						OR toLower(e.nameCy) CONTAINS $text OR toLower(e.otherNames) CONTAINS $text)
				RETURN count(e) AS total
			}
			CALL () {
				MATCH (e:Entity)
				WHERE {{kinds}} AND e.name IS NOT NULL
					AND (e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)
					AND ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
					AND ($text IS NULL OR toLower(e.name) CONTAINS $text OR toLower(e.shortName) CONTAINS $text
						OR toLower(e.nameCy) CONTAINS $text OR toLower(e.otherNames) CONTAINS $text)
				WITH e
				ORDER BY {{order}}
				SKIP $offset
				LIMIT $first + 1
				RETURN collect(e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]}) AS page
			}
			RETURN total, page
			""";

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
			WHERE e:Entity
				AND (e.validFrom IS NULL OR e.validFrom <= $asOf) AND (e.validTo IS NULL OR e.validTo >= $asOf)
				AND ($recordedAsOf IS NULL OR e.recordedFrom <= $recordedAsOf)
			RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity, score
			ORDER BY score DESC, e.name
			LIMIT $first
			""";

	private static final String ENTITY_OR_SOURCE = """
			OPTIONAL MATCH (e:Entity {id: $id})
			OPTIONAL MATCH (s:Source {id: $id})
			RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity, s {.*} AS source
			""";

	/**
	 * Found from its endpoints (the id index), not by scanning relationships for the id.
	 */
	private static final String RELATIONSHIP = """
			MATCH (a:Entity {id: $fromId})-[r]->(b:Entity {id: $toId})
			WHERE type(r) = $type AND r.id = $id AND r.recordedTo IS NULL
			RETURN r {.*, type: type(r)} AS relationship,
				a {.*, names: [(a)-[:HAS_NAME]->(n:Name) | n {.*}]} AS from,
				b {.*, names: [(b)-[:HAS_NAME]->(n:Name) | n {.*}]} AS to
			""";

	/** {@code <from>:<TYPE>:<to>} with an optional {@code @<validFrom>}. */
	private static final Pattern RELATIONSHIP_ID = Pattern.compile("([^:]+):([A-Z_]+):([^:@]+)(@.+)?");

	private final Graph graph;

	private final Map<KindFilter, String> entities = new EnumMap<>(KindFilter.class);

	EntityQueries(Graph graph) {
		this.graph = graph;
		for (KindFilter filter : KindFilter.values()) {
			this.entities.put(filter,
					ENTITIES.replace("{{kinds}}", filter.predicate).replace("{{order}}", filter.order));
		}
	}

	/**
	 * How a kind filter is written so that the planner can use an index that also gives
	 * name order: one kind seeks (kind, name); none or several scan the name index. (A
	 * tie-breaker on id after (kind, name) stopped Neo4j 2026.08 from using the index
	 * order; names are practically unique and the index orders equal names stably.)
	 */
	enum KindFilter {

		NONE("true", "e.name, e.id"), ONE("e.kind = $kind", "e.kind, e.name"),
		SEVERAL("e.kind IN $kinds", "e.name, e.id");

		private final String predicate;

		private final String order;

		KindFilter(String predicate, String order) {
			this.predicate = predicate;
			this.order = order;
		}

		static KindFilter of(@Nullable List<String> kinds) {
			if (kinds == null || kinds.isEmpty()) {
				return NONE;
			}
			return (kinds.size() == 1) ? ONE : SEVERAL;
		}

	}

	/**
	 * The entity whatever its dates (callers decide what a date means), viewed at
	 * {@code asOf}.
	 */
	Optional<Entity> entity(String id, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("recordedAsOf", recordedAsOf);
		return this.graph
			.read(ENTITY_BY_ID, parameters, (row) -> GraphValues.entity(row.get("entity"), asOf, recordedAsOf))
			.stream()
			.findFirst();
	}

	Connection<Entity> entities(@Nullable List<String> kinds, @Nullable String nameContains, LocalDate asOf,
			@Nullable OffsetDateTime recordedAsOf, int offset, int first, boolean countAll) {
		KindFilter filter = KindFilter.of(kinds);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", kinds);
		parameters.put("kind", (filter == KindFilter.ONE) ? kinds.get(0) : null);
		parameters.put("countAll", countAll);
		parameters.put("text", (nameContains != null) ? nameContains.toLowerCase(Locale.ROOT) : null);
		parameters.put("asOf", asOf);
		parameters.put("recordedAsOf", recordedAsOf);
		parameters.put("offset", offset);
		parameters.put("first", first);
		Record row = this.graph.read(this.entities.get(filter), parameters, (r) -> r).get(0);
		List<Entity> page = row.get("page").asList((e) -> GraphValues.entity(e, asOf, recordedAsOf));
		boolean hasNextPage = page.size() > first;
		return Connection.of(hasNextPage ? page.subList(0, first) : page, offset, hasNextPage,
				countAll ? row.get("total").asInt() : null);
	}

	List<SearchHit> search(SearchText text, LocalDate asOf, @Nullable OffsetDateTime recordedAsOf, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("query", text.luceneQuery());
		parameters.put("asOf", asOf);
		parameters.put("recordedAsOf", recordedAsOf);
		parameters.put("first", first);
		return this.graph.read(SEARCH, parameters, (row) -> {
			Entity entity = GraphValues.entity(row.get("entity"), asOf, recordedAsOf);
			return new SearchHit(entity, row.get("score").asDouble(), text.bestMatch(entity));
		});
	}

	/**
	 * An entity, relationship or source by its global id, viewed today; null when there
	 * is none.
	 */
	@Nullable Object node(String id, LocalDate today) {
		Matcher relationshipId = RELATIONSHIP_ID.matcher(id);
		if (relationshipId.matches()) {
			return relationship(id, relationshipId, today);
		}
		Record row = this.graph.read(ENTITY_OR_SOURCE, Map.of("id", id), (r) -> r).get(0);
		if (!row.get("entity").isNull()) {
			return GraphValues.entity(row.get("entity"), today, null);
		}
		return row.get("source").isNull() ? null : GraphValues.source(row.get("source"));
	}

	private @Nullable Relationship relationship(String id, Matcher parts, LocalDate today) {
		Map<String, Object> parameters = Map.of("id", id, "fromId", parts.group(1), "type", parts.group(2), "toId",
				parts.group(3));
		return this.graph
			.read(RELATIONSHIP, parameters, (row) -> GraphValues.relationship(row.get("relationship"),
					GraphValues.entity(row.get("from"), today, null), GraphValues.entity(row.get("to"), today, null)))
			.stream()
			.findFirst()
			.orElse(null);
	}

}
