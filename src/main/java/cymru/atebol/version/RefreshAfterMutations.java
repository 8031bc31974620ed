package cymru.atebol.version;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dataset version once a mutation has run and before its answer leaves, so the
 * next read on this instance is answered for the state the edit made (edits bump the
 * version in their own transaction; see {@link DatasetVersions#bump}).
 */
final class RefreshAfterMutations extends SimplePerformantInstrumentation {

	private final DatasetVersions versions;

	RefreshAfterMutations(DatasetVersions versions) {
		this.versions = versions;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (!parameters.getExecutionContext().isMutationOperation()) {
			return null;
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> this.versions.refresh());
	}

}
