package cymru.atebol.operations;

import java.util.List;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Names each {@code graphql.request} by what it asks: a low-cardinality
 * {@code graphql.root.field} tag with the operation's root field (entity,
 * accountabilityChain, createEntity, ...), or {@code multiple} when it selects several,
 * or {@code none} when it was refused before it ran. The client's own operation name
 * stays a high-cardinality key (traces only): any client can invent those, and each would
 * become a new metric series.
 */
final class RootFieldObservationConvention extends DefaultExecutionRequestObservationConvention {

	static final String ROOT_FIELD = "graphql.root.field";

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(rootField(context));
	}

	private static KeyValue rootField(ExecutionRequestObservationContext context) {
		if (context.getExecutionContext() == null) {
			return KeyValue.of(ROOT_FIELD, "none");
		}
		OperationDefinition operation = context.getExecutionContext().getOperationDefinition();
		List<Field> fields = operation.getSelectionSet().getSelectionsOfType(Field.class);
		if (fields.size() != 1 || fields.size() != operation.getSelectionSet().getSelections().size()) {
			return KeyValue.of(ROOT_FIELD, fields.isEmpty() ? "none" : "multiple");
		}
		return KeyValue.of(ROOT_FIELD, fields.get(0).getName());
	}

}
