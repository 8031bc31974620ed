package cymru.atebol.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Counts every mutation field a request runs as {@code atebol.edits}, tagged with the
 * mutation ({@code kind}: createEntity, updateEntity, ...) and its {@code outcome}:
 * {@code SUCCESS}, or the classification of the error it ended with (CONFLICT,
 * BAD_REQUEST, FORBIDDEN, TIMEOUT, ...). It runs before the authorisation and limit
 * instrumentations, so a refused edit is counted too; kinds come from the schema, so the
 * number of series is bounded.
 */
final class EditMetrics extends SimplePerformantInstrumentation {

	static final String METER = "atebol.edits";

	private final MeterRegistry registry;

	EditMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Mutations());
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (operation.getOperation() == OperationDefinition.Operation.MUTATION
				&& state instanceof Mutations mutations) {
			for (Field field : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
				mutations.fields.put(field.getResultKey(), field.getName());
			}
		}
		return null;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Mutations mutations && !mutations.fields.isEmpty()) {
			mutations.fields.forEach((key, kind) -> counter(kind, outcome(key, result.getErrors())).increment());
		}
		return CompletableFuture.completedFuture(result);
	}

	/**
	 * The classification of the first error at this field (or of a request-wide error,
	 * one without a path, such as a refusal before execution), else SUCCESS.
	 */
	private static String outcome(String key, List<GraphQLError> errors) {
		for (GraphQLError error : errors) {
			List<Object> path = error.getPath();
			if (path == null || path.isEmpty() || key.equals(path.get(0))) {
				return (error.getErrorType() != null) ? error.getErrorType().toString() : "ERROR";
			}
		}
		return "SUCCESS";
	}

	private Counter counter(String kind, String outcome) {
		return Counter.builder(METER)
			.description("Edits (mutation fields) run, by mutation and outcome")
			.tag("kind", kind)
			.tag("outcome", outcome)
			.register(this.registry);
	}

	/** The mutation fields of one request, by result key (alias or name). */
	private static final class Mutations implements InstrumentationState {

		private final Map<String, String> fields = new LinkedHashMap<>();

	}

}
