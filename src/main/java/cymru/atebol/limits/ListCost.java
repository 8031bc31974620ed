package cymru.atebol.limits;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * What a field costs: 1 plus what it selects, where a list multiplies what it selects by
 * how many items it can hold: its own {@code first} or {@code limit}, else its parent's
 * (the {@code edges} of a connection, the {@code nodes} of a subgraph), else
 * {@value #UNSIZED_LIST} (names, sources and other short lists). An absent or null size
 * counts as its maximum.
 */
final class ListCost implements FieldComplexityCalculator {

	static final int UNSIZED_LIST = 5;

	private final QueryLimits limits;

	/**
	 * Keeps every sum below Integer.MAX_VALUE: no query has more fields than the maximum
	 * complexity.
	 */
	private final long cap;

	ListCost(QueryLimits limits) {
		this.limits = limits;
		this.cap = Integer.MAX_VALUE / (limits.maxComplexity() + 1L);
	}

	int cap() {
		return (int) this.cap;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		long multiplier = 1;
		if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()))) {
			Long size = size(environment);
			FieldComplexityEnvironment parent = environment.getParentEnvironment();
			if (size == null && parent != null) {
				size = size(parent);
			}
			multiplier = (size != null) ? size : UNSIZED_LIST;
		}
		return (int) Math.min(this.cap, 1 + multiplier * childComplexity);
	}

	/**
	 * The field's size argument, if its definition has one; absent or null counts as the
	 * maximum.
	 */
	private @Nullable Long size(FieldComplexityEnvironment field) {
		Map<String, Object> arguments = field.getArguments();
		if (field.getFieldDefinition().getArgument("first") != null) {
			return bounded(arguments.get("first"), this.limits.maxPageSize());
		}
		if (field.getFieldDefinition().getArgument("limit") != null) {
			return bounded(arguments.get("limit"), this.limits.maxSubgraphLimit());
		}
		return null;
	}

	private static long bounded(@Nullable Object value, int maximum) {
		return (value instanceof Number number) ? Math.max(0, Math.min(number.longValue(), maximum)) : maximum;
	}

}
