package cymru.atebol.system;

/**
 * A traversal started from (or went to) an id that names nothing on the requested date:
 * answered as a NOT_FOUND error that names the argument.
 */
public final class NotFoundException extends ArgumentException {

	public NotFoundException(String argument, String message) {
		super(argument, message);
	}

}
