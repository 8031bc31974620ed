package cymru.atebol.traversal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.RelationTypes;
import cymru.atebol.limits.QueryLimits;
import cymru.atebol.system.Arguments;
import cymru.atebol.system.NotFoundException;
import cymru.atebol.system.Today;
import cymru.atebol.time.At;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.accountabilityChain}, {@code subgraph} and {@code paths}: one database
 * query each. {@code accountabilityChain} and {@code subgraph}, the most asked (a chain,
 * an org chart), are called by {@link DirectTraversalFields}.
 */
@Controller
class TraversalController {

	private final TraversalQueries queries;

	private final RelationTypes relationTypes;

	private final Today today;

	private final QueryLimits limits;

	TraversalController(TraversalQueries queries, RelationTypes relationTypes, Today today, QueryLimits limits) {
		this.queries = queries;
		this.relationTypes = relationTypes;
		this.today = today;
		this.limits = limits;
		// The queries are prepared for every depth and length up to the code's ceilings.
		if (limits.maxSubgraphDepth() > TraversalBounds.MAX_DEPTH
				|| limits.maxPathLength() > TraversalBounds.MAX_PATH_LENGTH) {
			throw new IllegalStateException(
					"atebol.limits.max-subgraph-depth may be at most " + TraversalBounds.MAX_DEPTH
							+ " and atebol.limits.max-path-length at most " + TraversalBounds.MAX_PATH_LENGTH);
		}
	}

	/** Called by {@link DirectTraversalFields}. */
	AccountabilityChain accountabilityChain(String from, @Nullable LocalDate asOf,
			@Nullable OffsetDateTime recordedAsOf, @Nullable Boolean datesKnown) {
		AccountabilityChain chain = this.queries.chain(from, At.of(this.today.or(asOf), recordedAsOf, datesKnown))
			.orElseThrow(() -> unknown("from", from, recordedAsOf));
		requireExists("from", chain.from());
		return chain;
	}

	/** Called by {@link DirectTraversalFields}. */
	Subgraph subgraph(String root, @Nullable Direction direction, @Nullable Integer depth, @Nullable List<String> types,
			@Nullable LocalDate asOf, @Nullable OffsetDateTime recordedAsOf, @Nullable Boolean datesKnown,
			@Nullable Integer limit, DataFetchingEnvironment env) {
		int hops = Arguments.within(env, "depth", depth, 1, this.limits.maxSubgraphDepth());
		int size = Arguments.within(env, "limit", limit, 1, this.limits.maxSubgraphLimit());
		List<String> followed = (types != null && !types.isEmpty()) ? types : this.relationTypes.upward();
		At at = At.of(this.today.or(asOf), recordedAsOf, datesKnown);
		Subgraph subgraph = this.queries
			.subgraph(root, Arguments.orDefault(env, "direction", direction, Direction.class), hops, followed, at, size)
			.orElseThrow(() -> unknown("root", root, recordedAsOf));
		requireExists("root", subgraph.nodes().get(0).entity());
		return subgraph;
	}

	@QueryMapping
	List<Path> paths(@Argument String from, @Argument String to, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable OffsetDateTime recordedAsOf, @Argument @Nullable Boolean datesKnown,
			@Argument @Nullable Integer maxLength, DataFetchingEnvironment env) {
		int length = Arguments.within(env, "maxLength", maxLength, 1, this.limits.maxPathLength());
		TraversalRows.Paths paths = this.queries.paths(from, to, length,
				At.of(this.today.or(asOf), recordedAsOf, datesKnown));
		requireExists("from", known(paths.from(), "from", from, recordedAsOf));
		requireExists("to", known(paths.to(), "to", to, recordedAsOf));
		return from.equals(to) ? List.of(new Path(List.of())) : paths.paths();
	}

	private static Entity known(@Nullable Entity entity, String argument, String id,
			@Nullable OffsetDateTime recordedAsOf) {
		if (entity == null) {
			throw unknown(argument, id, recordedAsOf);
		}
		return entity;
	}

	private static NotFoundException unknown(String argument, String id, @Nullable OffsetDateTime recordedAsOf) {
		String when = (recordedAsOf != null) ? " recorded by " + recordedAsOf : "";
		return new NotFoundException(argument,
				"No entity with id '%s'%s (argument '%s')".formatted(id, when, argument));
	}

	/** Traversals on a date start only from entities that exist then. */
	private static void requireExists(String argument, Entity entity) {
		if (!entity.existsAsOf()) {
			String existed = ((entity.validFrom() != null) ? " from " + entity.validFrom() : "")
					+ ((entity.validTo() != null) ? " to " + entity.validTo() : "");
			throw new NotFoundException(argument, "Entity '%s' (argument '%s') did not exist on %s; it existed%s"
				.formatted(entity.id(), argument, entity.asOf(), existed));
		}
	}

}
