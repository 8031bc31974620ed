package cymru.atebol.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import cymru.atebol.limits.QueryLimits;
import cymru.atebol.system.Arguments;
import cymru.atebol.system.Connection;
import cymru.atebol.system.Cursors;
import cymru.atebol.system.Today;
import cymru.atebol.time.At;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.entity}, {@code entities}, {@code search} and {@code node}, and
 * {@code Entity.counts} (one batch per level). Names on a date are
 * {@link InMemoryFields}; {@code entity} and {@code search}, the most asked, are called
 * by {@link DirectEntityFields}.
 */
@Controller
class EntityController {

	static final int MAX_SEARCH_HITS = 50;

	private final EntityQueries queries;

	private final SourceQueries sources;

	private final Today today;

	private final QueryLimits limits;

	private final List<NodeLookup> otherNodes;

	private final EntityLookup lookup;

	EntityController(EntityQueries queries, SourceQueries sources, Today today, QueryLimits limits,
			List<NodeLookup> otherNodes, EntityLookup lookup) {
		this.lookup = lookup;
		this.limits = limits;
		this.otherNodes = otherNodes;
		this.queries = queries;
		this.sources = sources;
		this.today = today;
	}

	/**
	 * With {@code asOf}, only an entity that exists on that date; without, any, viewed
	 * today. Asked for with its {@code reportsTo}, read with it in one round trip
	 * ({@link EntityLookup}). Called by {@link DirectEntityFields}.
	 */
	@Nullable Entity entity(String id, @Nullable LocalDate asOf, @Nullable OffsetDateTime recordedAsOf,
			@Nullable Boolean datesKnown, DataFetchingEnvironment env,
			DataLoader<RelationshipsKey, RelationshipPage> relationships) {
		return this.lookup.entity(id, At.of(this.today.or(asOf), recordedAsOf, datesKnown), env, relationships)
			.filter((entity) -> asOf == null || entity.existsAsOf())
			.orElse(null);
	}

	@QueryMapping
	Connection<Entity> entities(@Argument @Nullable List<String> kind, @Argument @Nullable String nameContains,
			@Argument @Nullable LocalDate asOf, @Argument @Nullable OffsetDateTime recordedAsOf,
			@Argument @Nullable Boolean datesKnown, @Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingFieldSelectionSet selection, DataFetchingEnvironment env) {
		int size = Arguments.within(env, "first", first, 0, this.limits.maxPageSize());
		int offset = Cursors.startAfter(after, "after");
		String text = (nameContains != null && !nameContains.isBlank()) ? nameContains.strip() : null;
		return this.queries.entities(kind, text, At.of(this.today.or(asOf), recordedAsOf, datesKnown), offset, size,
				selection.contains("totalCount"));
	}

	/** Called by {@link DirectEntityFields}. */
	List<SearchHit> search(String text, @Nullable LocalDate asOf, @Nullable OffsetDateTime recordedAsOf,
			@Nullable Boolean datesKnown, @Nullable Integer first, DataFetchingEnvironment env) {
		int size = Arguments.within(env, "first", first, 1, MAX_SEARCH_HITS);
		return this.queries.search(SearchText.of(text), At.of(this.today.or(asOf), recordedAsOf, datesKnown), size);
	}

	@QueryMapping
	@Nullable Object node(@Argument String id) {
		Object node = this.queries.node(id, this.today.date());
		for (int i = 0; node == null && i < this.otherNodes.size(); i++) {
			node = this.otherNodes.get(i).node(id);
		}
		return node;
	}

	@BatchMapping
	Map<Entity, List<Count>> counts(List<Entity> entities) {
		Map<String, List<Count>> byId = this.sources.counts(entities.stream().map(Entity::id).distinct().toList());
		return entities.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (entity) -> byId.getOrDefault(entity.id(), List.of())));
	}

}
