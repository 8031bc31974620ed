package cymru.atebol.reconcile;

import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused reconciliation, suggest or preview request with its status and a
 * problem detail that says what was wrong.
 */
@RestControllerAdvice(basePackageClasses = ReconcileErrors.class)
final class ReconcileErrors {

	@ExceptionHandler(BadReconcileRequest.class)
	ResponseEntity<ProblemDetail> refused(BadReconcileRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle("Invalid reconciliation request");
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * Neo4j stopped the query at its timeout (a busy machine) or cannot be reached: the
	 * request may well work again, so say so rather than fail with a 500.
	 */
	@ExceptionHandler(Neo4jException.class)
	ResponseEntity<ProblemDetail> unavailable(Neo4jException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The graph database did not answer in time (atebol.query.timeout) or could not be reached; "
						+ "try again shortly.");
		problem.setTitle("Database unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
