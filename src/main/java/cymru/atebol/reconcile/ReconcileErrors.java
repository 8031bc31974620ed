package cymru.atebol.reconcile;

import cymru.atebol.system.DatabaseProblems;

import org.neo4j.driver.exceptions.Neo4jException;

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

	private final DatabaseProblems databaseProblems;

	ReconcileErrors(DatabaseProblems databaseProblems) {
		this.databaseProblems = databaseProblems;
	}

	@ExceptionHandler(BadReconcileRequest.class)
	ResponseEntity<ProblemDetail> refused(BadReconcileRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle("Invalid reconciliation request");
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * Neo4j stopped the query at its timeout (a busy machine) or cannot be reached: the
	 * request may well work again, so say so rather than fail with a 500. Any other
	 * database error is thrown on and stays a 500.
	 */
	@ExceptionHandler(Neo4jException.class)
	ResponseEntity<ProblemDetail> databaseFailed(Neo4jException ex) throws Neo4jException {
		return this.databaseProblems.answer(ex);
	}

}
