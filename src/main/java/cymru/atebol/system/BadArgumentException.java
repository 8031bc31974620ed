package cymru.atebol.system;

/**
 * An argument outside what the API accepts: answered as a BAD_REQUEST error that names
 * the argument and says why.
 */
public final class BadArgumentException extends RuntimeException {

	private final String argument;

	public BadArgumentException(String argument, String reason) {
		super("Invalid argument '%s': %s".formatted(argument, reason));
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
