package cymru.atebol.system;

/**
 * A request refused because of one of its arguments, which the GraphQL error names in
 * {@code extensions.argument}.
 */
public abstract class ArgumentException extends RuntimeException {

	private final String argument;

	protected ArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The argument's path, e.g. {@code input.expectedVersion}. */
	public String argument() {
		return this.argument;
	}

}
