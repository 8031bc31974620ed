package cymru.atebol.system;

import graphql.language.EnumValue;
import graphql.language.IntValue;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import org.jspecify.annotations.Nullable;

/**
 * Arguments with defaults: the schema (the SDL's {@code first: Int = 20}) is the one
 * place a default is stated. graphql-java applies it when an argument is left out; a
 * request may still send an explicit {@code null}, which gets the same default here, read
 * from the field's definition. Sizes are checked against their bounds, failing with a
 * message that names the argument.
 */
public final class Arguments {

	private Arguments() {
	}

	/**
	 * The value, or the schema's default when it is null, checked to lie within
	 * {@code min..max}.
	 */
	public static int within(DataFetchingEnvironment env, String argument, @Nullable Integer value, int min, int max) {
		int actual = (value != null) ? value : ((IntValue) schemaDefault(env, argument)).getValue().intValueExact();
		if (actual < min || actual > max) {
			throw new BadArgumentException(argument, "must be between %d and %d, was %d".formatted(min, max, actual));
		}
		return actual;
	}

	/** The value, or the schema's default when it is null. */
	public static <E extends Enum<E>> E orDefault(DataFetchingEnvironment env, String argument, @Nullable E value,
			Class<E> type) {
		return (value != null) ? value : Enum.valueOf(type, ((EnumValue) schemaDefault(env, argument)).getName());
	}

	/**
	 * The default the schema gives an argument of the field being fetched, as written.
	 */
	private static Object schemaDefault(DataFetchingEnvironment env, String argument) {
		GraphQLArgument definition = env.getFieldDefinition().getArgument(argument);
		Object value = (definition != null) ? definition.getArgumentDefaultValue().getValue() : null;
		if (value == null) {
			throw new IllegalStateException(
					"The schema gives " + env.getFieldDefinition().getName() + "(" + argument + ") no default value");
		}
		return value;
	}

}
