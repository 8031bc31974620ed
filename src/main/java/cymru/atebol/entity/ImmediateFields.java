package cymru.atebol.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NullValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;

/**
 * The fields a query asks for directly below the field being fetched, read from the
 * query's own text (fragments followed). graphql-java's
 * {@code DataFetchingFieldSelectionSet} answers the same question by normalising the
 * whole subtree below the field, which on the everyday lookup cost 5 % of the service's
 * CPU per request. This is an approximation made for choosing how to read, never for what
 * to answer: it ignores type conditions and {@code @skip}/{@code @include}, so a field it
 * reports may in the end not be resolved.
 */
final class ImmediateFields {

	private ImmediateFields() {
	}

	/**
	 * The fields named {@code name} directly below the current field, each as written (an
	 * alias, its arguments), fragments included.
	 */
	static List<Field> named(DataFetchingEnvironment env, String name) {
		List<Field> found = new ArrayList<>();
		Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
		Set<String> followed = new HashSet<>();
		for (Field field : env.getMergedField().getFields()) {
			collect(field.getSelectionSet(), name, fragments, followed, found);
		}
		return found;
	}

	/**
	 * Whether an argument of a field as written is absent or null: left out, written as
	 * {@code null}, or a variable whose value is null or missing.
	 */
	static boolean absentOrNull(Field field, String argument, DataFetchingEnvironment env) {
		Argument written = null;
		for (Argument candidate : field.getArguments()) {
			if (candidate.getName().equals(argument)) {
				written = candidate;
			}
		}
		if (written == null || written.getValue() instanceof NullValue) {
			return true;
		}
		return written.getValue() instanceof VariableReference variable
				&& env.getVariables().get(variable.getName()) == null;
	}

	/** The key a field's value has in the answer: its alias, else its name. */
	static String resultKey(Field field) {
		return (field.getAlias() != null) ? field.getAlias() : field.getName();
	}

	private static void collect(SelectionSet selections, String name, Map<String, FragmentDefinition> fragments,
			Set<String> followed, List<Field> found) {
		if (selections == null) {
			return;
		}
		for (Selection<?> selection : selections.getSelections()) {
			switch (selection) {
				case Field field -> {
					if (field.getName().equals(name)) {
						found.add(field);
					}
				}
				case InlineFragment inline -> collect(inline.getSelectionSet(), name, fragments, followed, found);
				case FragmentSpread spread -> {
					FragmentDefinition fragment = fragments.get(spread.getName());
					if (fragment != null && followed.add(spread.getName())) {
						collect(fragment.getSelectionSet(), name, fragments, followed, found);
					}
				}
				default -> {
				}
			}
		}
	}

}
