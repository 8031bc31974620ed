package cymru.atebol.limits;

import cymru.atebol.system.Refusals;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's depth limit with a message that names the setting. Introspection-only
 * operations are exempt: GraphiQL's schema query nests {@code ofType} deeper than any
 * data query needs, never reaches the database, and graphql-java's good-faith
 * introspection check already bounds it.
 */
final class DepthLimit extends MaxQueryDepthInstrumentation {

	DepthLimit(QueryLimits limits) {
		super(limits.maxDepth());
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		return Operations.introspectionOnly(parameters) ? null : super.beginExecuteOperation(parameters, state);
	}

	@Override
	protected AbortExecutionException mkAbortException(int depth, int maximum) {
		return Refusals.abort(Refusals.limit(
				"Query depth %d exceeds the maximum of %d (atebol.limits.max-depth).".formatted(depth, maximum),
				"atebol.limits.max-depth", maximum, depth));
	}

}
