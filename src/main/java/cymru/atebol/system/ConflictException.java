package cymru.atebol.system;

/**
 * An edit that the graph has moved past (it was based on an older version) or that would
 * record what the graph already holds: answered as a CONFLICT error that names the
 * argument and says what the graph holds.
 */
public final class ConflictException extends ArgumentException {

	public ConflictException(String argument, String message) {
		super(argument, message);
	}

}
