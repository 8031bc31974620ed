package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Slot;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Connection;
import cymru.atebol.time.At;

import org.springframework.stereotype.Component;

/**
 * The root lookups over entities: by id, lists, full-text search and global ids. Every
 * entity comes back with its former names ({@code names}), which
 * {@link GraphValues#entity} expects.
 */
@Component
final class EntityQueries {

	/** Whatever its dates: callers decide what a date means. */
	private static final String ENTITY_BY_ID = """
			MATCH (e:Entity {id: $id})
			WHERE {{entered(e)}}
			RETURN {{entity(e)}} AS entity
			""";

	/**
	 * Counted only when asked ({@code $countAll}: a count reads every match) and paged in
	 * name order, which the name indexes provide, so a page reads little more than its
	 * own rows. {@code {{kinds}}} and {@code {{order}}} are fixed texts chosen by
	 * {@link KindFilter}. Names are matched and ordered by what the graph holds now.
	 */
	private static final String ENTITIES = """
			CALL () {
				WITH 1 AS ignored
				WHERE $countAll
				MATCH (e:Entity)
				WHERE {{kinds}} AND {{exists(e)}}
					AND ($text IS NULL OR toLower(e.name) CONTAINS $text OR toLower(e.shortName) CONTAINS $text
						OR toLower(e.nameCy) CONTAINS $text OR toLower(e.otherNames) CONTAINS $text)
				RETURN count(e) AS total
			}
			CALL () {
				MATCH (e:Entity)
				WHERE {{kinds}} AND e.name IS NOT NULL AND {{exists(e)}}
					AND ($text IS NULL OR toLower(e.name) CONTAINS $text OR toLower(e.shortName) CONTAINS $text
						OR toLower(e.nameCy) CONTAINS $text OR toLower(e.otherNames) CONTAINS $text)
				WITH e
				ORDER BY {{order}}
				SKIP $offset
				LIMIT $first + 1
				RETURN collect({{entity(e)}}) AS page
			}
			RETURN total, page
			""";

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
			WHERE e:Entity AND {{exists(e)}}
			RETURN {{entity(e)}} AS entity, score
			ORDER BY score DESC, e.name, e.id
			LIMIT $first
			""";

	private static final String ENTITY_OR_SOURCE = """
			OPTIONAL MATCH (e:Entity {id: $id})
			OPTIONAL MATCH (s:Source {id: $id})
			RETURN {{entity(e)}} AS entity, s {.*} AS source
			""";

	/**
	 * Found from its endpoints (the id index), not by scanning relationships for the id.
	 */
	private static final String RELATIONSHIP = """
			MATCH (a:Entity {id: $fromId})-[r]->(b:Entity {id: $toId})
			WHERE type(r) = $type AND r.id = $id AND {{recorded(r)}}
			RETURN {{relationship(r)}} AS relationship, {{entity(a)}} AS from, {{entity(b)}} AS to
			""";

	/** {@code <from>:<TYPE>:<to>} with an optional {@code @<validFrom>}. */
	private static final Pattern RELATIONSHIP_ID = Pattern.compile("([^:]+):([A-Z_]+):([^:@]+)(@.+)?");

	private final Graph graph;

	private final Map<KindFilter, Statement> entities = new EnumMap<>(KindFilter.class);

	private final Statement entityById = Cypher.compose(ENTITY_BY_ID);

	private final Statement search = Cypher.compose(SEARCH);

	private final Statement entityOrSource = Cypher.compose(ENTITY_OR_SOURCE);

	private final Statement relationship = Cypher.compose(RELATIONSHIP);

	EntityQueries(Graph graph) {
		this.graph = graph;
		for (KindFilter filter : KindFilter.values()) {
			this.entities.put(filter,
					Cypher.compose(ENTITIES, Slot.of("kinds", filter.predicate()), Slot.of("order", filter.order())));
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

		Cypher.Fixed predicate() {
			return () -> this.predicate;
		}

		Cypher.Fixed order() {
			return () -> this.order;
		}

		static KindFilter of(@Nullable List<String> kinds) {
			if (kinds == null || kinds.isEmpty()) {
				return NONE;
			}
			return (kinds.size() == 1) ? ONE : SEVERAL;
		}

	}

	/**
	 * The entity whatever its dates (callers decide what a date means), viewed at the
	 * moment.
	 */
	Optional<Entity> entity(String id, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("id", id);
		return this.graph.read(this.entityById.at(at), parameters, (row) -> GraphValues.entity(row.get("entity"), at))
			.stream()
			.findFirst();
	}

	Connection<Entity> entities(@Nullable List<String> kinds, @Nullable String nameContains, At at, int offset,
			int first, boolean countAll) {
		KindFilter filter = KindFilter.of(kinds);
		Map<String, Object> parameters = at.parameters();
		parameters.put("kinds", kinds);
		parameters.put("kind", (filter == KindFilter.ONE) ? kinds.get(0) : null);
		parameters.put("countAll", countAll);
		parameters.put("text", (nameContains != null) ? nameContains.toLowerCase(Locale.ROOT) : null);
		parameters.put("offset", offset);
		parameters.put("first", first);
		Page page = this.graph
			.read(this.entities.get(filter).at(at), parameters,
					(row) -> new Page(row.get("page").asList((e) -> GraphValues.entity(e, at)),
							countAll ? row.get("total").asInt() : null))
			.get(0);
		boolean hasNextPage = page.entities().size() > first;
		return Connection.of(hasNextPage ? page.entities().subList(0, first) : page.entities(), offset, hasNextPage,
				page.total());
	}

	List<SearchHit> search(SearchText text, At at, int first) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("query", text.luceneQuery());
		parameters.put("first", first);
		return this.graph.read(this.search.at(at), parameters, (row) -> {
			Entity entity = GraphValues.entity(row.get("entity"), at);
			return new SearchHit(entity, row.get("score").asDouble(), text);
		});
	}

	/**
	 * An entity, relationship or source by its global id, viewed today; null when there
	 * is none.
	 */
	@Nullable Object node(String id, LocalDate today) {
		At at = At.day(today);
		Matcher relationshipId = RELATIONSHIP_ID.matcher(id);
		if (relationshipId.matches()) {
			return relationship(id, relationshipId, at);
		}
		Map<String, Object> parameters = at.parameters();
		parameters.put("id", id);
		return this.graph.read(this.entityOrSource.at(at), parameters, (row) -> {
			if (!row.get("entity").isNull()) {
				return GraphValues.entity(row.get("entity"), at);
			}
			return row.get("source").isNull() ? null : GraphValues.source(row.get("source"));
		}).get(0);
	}

	private @Nullable Relationship relationship(String id, Matcher parts, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.putAll(Map.of("id", id, "fromId", parts.group(1), "type", parts.group(2), "toId", parts.group(3)));
		return this.graph
			.read(this.relationship.at(at), parameters, (row) -> GraphValues.relationship(row.get("relationship"),
					GraphValues.entity(row.get("from"), at), GraphValues.entity(row.get("to"), at)))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** A page of entities, and their total when it was counted. */
	private record Page(List<Entity> entities, @Nullable Integer total) {
	}

}
