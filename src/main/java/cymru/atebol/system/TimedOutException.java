package cymru.atebol.system;

/**
 * Work the service stopped, or never started, because it would have taken longer than a
 * configured maximum: answered as a TIMEOUT error that names the limit and its value.
 */
public final class TimedOutException extends RuntimeException {

	private final String limit;

	private final String maximum;

	/**
	 * @param limit the property that sets the maximum
	 * @param maximum the maximum, as the property would be written
	 * @param message what took too long and what became of the work
	 */
	public TimedOutException(String limit, String maximum, String message) {
		super(message);
		this.limit = limit;
		this.maximum = maximum;
	}

	public String limit() {
		return this.limit;
	}

	public String maximum() {
		return this.maximum;
	}

}
