package cymru.atebol.version;

import java.util.Map;
import java.util.Objects;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dataset version once a mutation has written and before its answer leaves, so
 * the next read on this instance is answered for the state the edit made (edits bump the
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
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
			if (wrote(result)) {
				this.versions.refresh();
			}
		});
	}

	/**
	 * Whether any mutation answered with data: each edit is its own transaction, so one
	 * that was refused (signed out, no editor role, bad input, a stale version) wrote
	 * nothing and leaves the version as it was, with no need to read it.
	 */
	private static boolean wrote(@Nullable ExecutionResult result) {
		return result != null && result.getData() instanceof Map<?, ?> data
				&& data.values().stream().anyMatch(Objects::nonNull);
	}

}
