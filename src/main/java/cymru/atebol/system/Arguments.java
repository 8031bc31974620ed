package cymru.atebol.system;

import org.jspecify.annotations.Nullable;

/**
 * Checks of numeric arguments against their bounds, failing with a message that names the
 * argument.
 */
public final class Arguments {

	private Arguments() {
	}

	/** The value, or the default when absent, checked to lie within {@code min..max}. */
	public static int within(String argument, @Nullable Integer value, int defaultValue, int min, int max) {
		int actual = (value != null) ? value : defaultValue;
		if (actual < min || actual > max) {
			throw new BadArgumentException(argument, "must be between %d and %d, was %d".formatted(min, max, actual));
		}
		return actual;
	}

}
