package cymru.atebol.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a query document as written, before validation: which operations will run,
 * whether they are only introspection, and how many fields they select once fragments are
 * expanded. Each fragment is counted once and remembered, so fragments that spread each
 * other many times cost linear time here whatever their expanded size.
 */
final class Operations {

	private static final long CAP = Long.MAX_VALUE / 4;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Long> counted = new HashMap<>();

	private final Set<String> counting = new HashSet<>();

	private Operations(Document document) {
		this.fragments = fragments(document);
	}

	/** The operations that will run: the named one, or all when no name is given. */
	static List<OperationDefinition> selected(Document document, @Nullable String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null || operationName.isEmpty()) {
			return operations;
		}
		return operations.stream().filter(o -> operationName.equals(o.getName())).toList();
	}

	static Map<String, FragmentDefinition> fragments(Document document) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		return fragments;
	}

	/**
	 * The number of fields the operation selects, fragments expanded (saturating, never
	 * overflowing).
	 */
	static long countFields(Document document, OperationDefinition operation) {
		return new Operations(document).fields(operation.getSelectionSet());
	}

	/**
	 * Whether every root field is introspection ({@code __schema}, {@code __type},
	 * {@code __typename}).
	 */
	/** Whether the operation being executed asks for nothing but introspection. */
	static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
		ExecutionContext context = parameters.getExecutionContext();
		return introspectionOnly(context.getOperationDefinition(), context.getFragmentsByName());
	}

	static boolean introspectionOnly(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
		return introspectionOnly(operation.getSelectionSet(), fragments, new HashSet<>());
	}

	private static boolean introspectionOnly(@Nullable SelectionSet set, Map<String, FragmentDefinition> fragments,
			Set<String> seen) {
		if (set == null) {
			return true;
		}
		for (Selection<?> selection : set.getSelections()) {
			boolean introspection = switch (selection) {
				case Field field -> field.getName().startsWith("__");
				case InlineFragment inline -> introspectionOnly(inline.getSelectionSet(), fragments, seen);
				case FragmentSpread spread -> !seen.add(spread.getName()) || (fragments.get(spread.getName()) != null
						&& introspectionOnly(fragments.get(spread.getName()).getSelectionSet(), fragments, seen));
				default -> false;
			};
			if (!introspection) {
				return false;
			}
		}
		return true;
	}

	private long fields(@Nullable SelectionSet set) {
		long total = 0;
		if (set == null) {
			return total;
		}
		for (Selection<?> selection : set.getSelections()) {
			long part = switch (selection) {
				case Field field -> 1 + fields(field.getSelectionSet());
				case InlineFragment inline -> fields(inline.getSelectionSet());
				case FragmentSpread spread -> fragment(spread.getName());
				default -> 0;
			};
			total = Math.min(CAP, total + part);
		}
		return total;
	}

	private long fragment(String name) {
		Long known = this.counted.get(name);
		if (known != null) {
			return known;
		}
		FragmentDefinition definition = this.fragments.get(name);
		// Unknown or cyclic fragments are validation errors that graphql-java
		// reports next.
		if (definition == null || !this.counting.add(name)) {
			return 0;
		}
		long count = fields(definition.getSelectionSet());
		this.counting.remove(name);
		this.counted.put(name, count);
		return count;
	}

}
