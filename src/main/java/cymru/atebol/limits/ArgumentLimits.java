package cymru.atebol.limits;

import java.util.List;

import cymru.atebol.system.Refusals;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * Holds every size argument to its maximum in one place, by name, on whatever field it
 * appears: {@code first} (page size), {@code limit} (subgraph nodes), {@code depth}
 * (subgraph hops) and {@code maxLength} (path hops). It sees arguments after variables
 * and schema defaults are applied, and runs before any field is fetched.
 */
final class ArgumentLimits extends SimplePerformantInstrumentation {

	private final List<Bound> bounds;

	ArgumentLimits(QueryLimits limits) {
		this.bounds = List.of(new Bound("first", "page size", limits.maxPageSize(), "atebol.limits.max-page-size"),
				new Bound("limit", "subgraph limit", limits.maxSubgraphLimit(), "atebol.limits.max-subgraph-limit"),
				new Bound("depth", "subgraph depth", limits.maxSubgraphDepth(), "atebol.limits.max-subgraph-depth"),
				new Bound("maxLength", "path length", limits.maxPathLength(), "atebol.limits.max-path-length"));
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment field) {
					check(field);
				}
			});
		return null;
	}

	private void check(QueryVisitorFieldEnvironment field) {
		for (Bound bound : this.bounds) {
			if (field.getArguments().get(bound.argument()) instanceof Number number) {
				bound.check(field.getFieldsContainer().getName() + "." + field.getFieldDefinition().getName(),
						number.longValue());
			}
		}
	}

	private record Bound(String argument, String what, int maximum, String key) {

		void check(String coordinate, long value) {
			String call = "%s(%s: %d)".formatted(coordinate, this.argument, value);
			if (value < 0) {
				throw Refusals.abort(Refusals.limit(call + " must not be negative.", this.key, this.maximum, value));
			}
			if (value > this.maximum) {
				throw Refusals.abort(Refusals.limit(
						"%s exceeds the maximum %s of %d (%s).".formatted(call, this.what, this.maximum, this.key),
						this.key, this.maximum, value));
			}
		}

	}

}
