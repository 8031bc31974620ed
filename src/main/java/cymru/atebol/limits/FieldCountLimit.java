package cymru.atebol.limits;

import java.util.List;

import cymru.atebol.system.Refusals;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a document that selects more fields, fragments expanded, than
 * {@code atebol.limits.max-complexity} could pay for (every field costs at least 1), in
 * one cheap pass before graphql-java validates it. Besides refusing early, this keeps the
 * complexity limit ({@link OperationLimits}) sound: graphql-java adds field costs up in
 * an {@code int}, and with at most max-complexity fields, each capped by
 * {@link ListCost}, the sum cannot overflow into a small number.
 */
final class FieldCountLimit extends SimplePerformantInstrumentation {

	private final QueryLimits limits;

	FieldCountLimit(QueryLimits limits) {
		this.limits = limits;
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		Document document = parameters.getDocument();
		int maximum = this.limits.maxComplexity();
		for (OperationDefinition operation : Operations.selected(document,
				parameters.getExecutionInput().getOperationName())) {
			long fields = Operations.countFields(document, operation);
			if (fields > maximum) {
				throw Refusals
					.abort(Refusals.limit(("The query selects %d fields once its fragments are expanded, more "
							+ "than its maximum complexity of %d allows (atebol.limits.max-complexity).")
						.formatted(fields, maximum), "atebol.limits.max-complexity", maximum, fields));
			}
		}
		return null;
	}

}
