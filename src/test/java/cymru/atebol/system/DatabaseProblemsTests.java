package cymru.atebol.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the plain HTTP endpoints (exports, reconciliation) answer when the database
 * failed: 503 to try again for an outage or a timeout, the failure itself otherwise.
 */
class DatabaseProblemsTests {

	private final DatabaseProblems problems = new DatabaseProblems(Duration.ofSeconds(10));

	@Test
	void shouldAskAClientToComeBackWhenTheDatabaseStoppedTheQueryAtItsTimeout() throws Exception {
		ResponseEntity<ProblemDetail> answer = this.problems.answer(new RuntimeException("export failed",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
						"The transaction has been terminated. Retry your operation in a new transaction")));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody()).isNotNull().satisfies((problem) -> {
			assertThat(problem.getTitle()).isEqualTo("Database timeout");
			assertThat(problem.getDetail()).isEqualTo(
					"The database query took longer than the maximum of 10s (atebol.query.timeout) and was stopped; try again shortly.");
			assertThat(problem.getProperties()).containsEntry("classification", "TIMED_OUT");
		});
	}

	@Test
	void shouldSayTheDatabaseIsUnavailableWhenItCannotBeReached() throws Exception {
		ResponseEntity<ProblemDetail> answer = this.problems
			.answer(new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687"));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getBody()).isNotNull().satisfies((problem) -> {
			assertThat(problem.getTitle()).isEqualTo("Database unavailable");
			assertThat(problem.getDetail()).isEqualTo("The graph database is unavailable; try again shortly.")
				.doesNotContain("7687");
		});
	}

	@Test
	void shouldLeaveAnyOtherDatabaseErrorAnInternalError() {
		ClientException syntaxError = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
		assertThat(DatabaseFailure.of(syntaxError)).isEmpty();
		assertThatThrownBy(() -> this.problems.answer(syntaxError)).isSameAs(syntaxError);
	}

	@Test
	void shouldTellAStoppedTransactionFromATimedOutQuery() {
		assertThat(DatabaseFailure.of(new ClientException("Neo.ClientError.Transaction.LockClientStopped", "stopped")))
			.hasValue(DatabaseFailure.TERMINATED);
		assertThat(DatabaseFailure.of(new ClientException("Neo.ClientError.Transaction.Terminated", "terminated")))
			.hasValue(DatabaseFailure.TERMINATED);
		assertThat(DatabaseFailure
			.of(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out")))
			.hasValue(DatabaseFailure.TIMED_OUT);
	}

}
