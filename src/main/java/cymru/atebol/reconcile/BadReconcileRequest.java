package cymru.atebol.reconcile;

import org.springframework.http.HttpStatus;

/**
 * A reconciliation request the service cannot answer, with the status to answer and a
 * message that names the query, field and value.
 */
final class BadReconcileRequest extends RuntimeException {

	private final HttpStatus status;

	BadReconcileRequest(String message) {
		this(HttpStatus.BAD_REQUEST, message);
	}

	BadReconcileRequest(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
