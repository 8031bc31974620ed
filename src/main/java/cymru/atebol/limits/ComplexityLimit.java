package cymru.atebol.limits;

import cymru.atebol.system.Refusals;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's complexity limit with {@link ListCost} and a message that names the
 * setting; introspection-only operations are left to graphql-java's good-faith
 * introspection check.
 */
final class ComplexityLimit extends MaxQueryComplexityInstrumentation {

	private final int cap;

	ComplexityLimit(QueryLimits limits) {
		this(limits, new ListCost(limits));
	}

	private ComplexityLimit(QueryLimits limits, ListCost cost) {
		super(limits.maxComplexity(), cost);
		this.cap = cost.cap();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		return Operations.introspectionOnly(parameters) ? null : super.beginExecuteOperation(parameters, state);
	}

	@Override
	protected AbortExecutionException mkAbortException(int complexity, int maximum) {
		String actual = (complexity >= this.cap) ? "over " + this.cap : String.valueOf(complexity);
		return Refusals.abort(Refusals.limit(("Query complexity %s exceeds the maximum of %d "
				+ "(atebol.limits.max-complexity): ask for smaller pages (first, limit) or fewer nested lists.")
			.formatted(actual, maximum), "atebol.limits.max-complexity", maximum, complexity));
	}

}
