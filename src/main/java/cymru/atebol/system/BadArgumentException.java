package cymru.atebol.system;

/**
 * An argument outside what the API accepts: answered as a BAD_REQUEST error that names
 * the argument and says why.
 */
public final class BadArgumentException extends ArgumentException {

	public BadArgumentException(String argument, String reason) {
		super(argument, "Invalid argument '%s': %s".formatted(argument, reason));
	}

}
