package cymru.atebol.export;

import cymru.atebol.system.DatabaseProblems;

import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An export whose queries Neo4j stopped at their timeout, or that could not reach Neo4j,
 * is answered {@code 503} with a {@code Retry-After}: a script downloading the graph can
 * wait and try again, where a 500 would say the service is broken.
 */
@RestControllerAdvice(basePackageClasses = ExportErrors.class)
final class ExportErrors {

	private final DatabaseProblems databaseProblems;

	ExportErrors(DatabaseProblems databaseProblems) {
		this.databaseProblems = databaseProblems;
	}

	@ExceptionHandler(Neo4jException.class)
	ResponseEntity<ProblemDetail> databaseFailed(Neo4jException ex) throws Neo4jException {
		return this.databaseProblems.answer(ex);
	}

}
