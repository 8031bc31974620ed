package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import cymru.atebol.limits.QueryLimits;
import cymru.atebol.system.Arguments;
import cymru.atebol.system.Connection;
import cymru.atebol.system.Cursors;
import cymru.atebol.time.At;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code Entity} fields that follow relationships ({@code reportsTo},
 * {@code reports}, {@code relationships}, {@code childCount}, {@code hasChildren}).
 * Fields take arguments, so each loads through a DataLoader whose key carries them; a
 * level's requests become one query per loader.
 */
@Controller
class EntityRelationshipsController {

	/**
	 * No entity has this many upward lines; the bound only keeps a bad import from
	 * flooding a response.
	 */
	static final int MAX_REPORTS_TO = 500;

	private final RelationTypes relationTypes;

	private final QueryLimits limits;

	EntityRelationshipsController(RelationshipQueries queries, RelationTypes relationTypes,
			BatchLoaderRegistry registry, QueryLimits limits) {
		this.limits = limits;
		this.relationTypes = relationTypes;
		registry.forTypePair(RelationshipsKey.class, RelationshipPage.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.relationships(keys)));
		registry.<ChildrenKey, Integer>forName("childCounts")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.childCounts(keys)));
	}

	/** Called by {@link DirectEntityFields}. */
	CompletableFuture<List<Relationship>> reportsTo(Entity entity, @Nullable LocalDate asOf,
			DataLoader<RelationshipsKey, RelationshipPage> loader) {
		return loader.load(superiors(entity.id(), entity.at().on(asOf), this.relationTypes))
			.thenApply(RelationshipPage::relationships);
	}

	/** What {@code reportsTo} loads: the upward lines out of the entity at the moment. */
	static RelationshipsKey superiors(String entityId, At at, RelationTypes relationTypes) {
		return new RelationshipsKey(entityId, at, RelationshipDirection.OUTGOING, relationTypes.upward(), 0,
				MAX_REPORTS_TO);
	}

	@SchemaMapping
	CompletableFuture<Connection<Relationship>> reports(Entity entity, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataLoader<RelationshipsKey, RelationshipPage> loader, DataFetchingEnvironment env) {
		return page(loader, entity, asOf, RelationshipDirection.INCOMING, this.relationTypes.upward(),
				Arguments.within(env, "first", first, 0, this.limits.maxPageSize()), after);
	}

	@SchemaMapping
	CompletableFuture<Connection<Relationship>> relationships(Entity entity,
			@Argument @Nullable RelationshipDirection direction, @Argument @Nullable List<String> types,
			@Argument @Nullable LocalDate asOf, @Argument @Nullable Integer first, @Argument @Nullable String after,
			DataLoader<RelationshipsKey, RelationshipPage> loader, DataFetchingEnvironment env) {
		RelationshipDirection way = Arguments.orDefault(env, "direction", direction, RelationshipDirection.class);
		return page(loader, entity, asOf, way, (types != null && !types.isEmpty()) ? types : null,
				Arguments.within(env, "first", first, 0, this.limits.maxPageSize()), after);
	}

	@SchemaMapping
	CompletableFuture<Integer> childCount(Entity entity, @Argument @Nullable LocalDate asOf,
			DataLoader<ChildrenKey, Integer> childCounts) {
		return childCounts.load(new ChildrenKey(entity.id(), entity.at().on(asOf)));
	}

	@SchemaMapping
	CompletableFuture<Boolean> hasChildren(Entity entity, @Argument @Nullable LocalDate asOf,
			DataLoader<ChildrenKey, Integer> childCounts) {
		return childCount(entity, asOf, childCounts).thenApply((count) -> count > 0);
	}

	private CompletableFuture<Connection<Relationship>> page(DataLoader<RelationshipsKey, RelationshipPage> loader,
			Entity entity, @Nullable LocalDate asOf, RelationshipDirection direction, @Nullable List<String> types,
			int size, @Nullable String after) {
		int offset = Cursors.startAfter(after, "after");
		RelationshipsKey key = new RelationshipsKey(entity.id(), entity.at().on(asOf), direction, types, offset, size);
		return loader.load(key).thenApply(RelationshipPage::connection);
	}

}
