package cymru.atebol.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The HTTP answer of the plain (non-GraphQL) endpoints when the database failed in a way
 * that may work when tried again ({@link DatabaseFailure}): {@code 503 Service
 * Unavailable} with a {@code Retry-After} and a problem detail that says what happened,
 * rather than a bare 500. Any other failure is not answered here.
 */
@Component
public final class DatabaseProblems {

	static final String RETRY_AFTER_SECONDS = "5";

	private final String timeout;

	DatabaseProblems(@Value("${atebol.query.timeout}") Duration timeout) {
		this.timeout = Durations.print(timeout);
	}

	/**
	 * The answer for a failure, or the failure itself thrown again when it is not one the
	 * client can retry (then it stays an internal error).
	 */
	public <E extends Exception> ResponseEntity<ProblemDetail> answer(E failure) throws E {
		DatabaseFailure kind = DatabaseFailure.of(failure).orElseThrow(() -> failure);
		String detail = switch (kind) {
			case UNAVAILABLE -> DatabaseFailure.UNAVAILABLE_MESSAGE;
			case TIMED_OUT ->
				"The database query took longer than the maximum of %s (atebol.query.timeout) and was stopped; try again shortly."
					.formatted(this.timeout);
			case TERMINATED ->
				"The database stopped the query before it finished: it took longer than the maximum of %s (atebol.query.timeout), or was terminated; try again shortly."
					.formatted(this.timeout);
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle((kind == DatabaseFailure.UNAVAILABLE) ? "Database unavailable" : "Database timeout");
		problem.setProperty("classification", kind.name());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
