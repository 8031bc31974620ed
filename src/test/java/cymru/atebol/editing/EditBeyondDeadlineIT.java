package cymru.atebol.editing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.neo4j.Graph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit's answer says what happened to it. The request deadline does not cut a mutation
 * short (it could only guess whether the transaction would still commit): an edit that
 * waits beyond the deadline is answered when its transaction ends, with the applied edit;
 * one that Neo4j stops at its transaction timeout is answered {@code TIMEOUT}, and
 * nothing of it is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atebol.editing.enabled=true", "atebol.security.editors[0].username=" + Editor.NAME,
				"atebol.security.editors[0].password-hash=" + Editor.HASH, "atebol.limits.query-timeout=2s",
				"atebol.query.timeout=8s" })
@AutoConfigureWebTestClient
class EditBeyondDeadlineIT {

	private static final Executor ASIDE = Executors.newVirtualThreadPerTaskExecutor();

	/** atebol.limits.query-timeout above */
	private static final Duration DEADLINE = Duration.ofSeconds(2);

	/** atebol.query.timeout above */
	private static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(8);

	@Autowired
	Graph graph;

	@Autowired
	WebTestClient http;

	@Test
	void shouldAnswerAnEditThatOutlastsTheRequestDeadlineWithWhatHappened() throws Exception {
		String body = createWhileTheWriteLockIsHeld("test-edit-beyond-deadline", DEADLINE.multipliedBy(2));
		assertThat(body).doesNotContain("\"errors\"").contains("\"id\":\"test-edit-beyond-deadline\"");
		assertThat(names("test-edit-beyond-deadline")).isEqualTo(List.of("Test Patient Board"));
	}

	@Test
	void shouldAnswerAnEditStoppedAtTheTransactionTimeoutWithATimeoutAndWriteNothing() throws Exception {
		String body = createWhileTheWriteLockIsHeld("test-edit-beyond-timeout",
				TRANSACTION_TIMEOUT.plus(Duration.ofSeconds(4)));
		assertThat(body).contains("\"classification\":\"TIMEOUT\"")
			.contains("Nothing of it was written")
			.doesNotContain("INTERNAL_ERROR");
		assertThat(names("test-edit-beyond-timeout")).isEmpty();
	}

	/**
	 * Creates an entity while a transaction of the test holds the dataset's write lock,
	 * which every edit takes first; answers the response body once the lock is released.
	 */
	private String createWhileTheWriteLockIsHeld(String id, Duration hold) throws Exception {
		WebTestClient http = this.http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
		CompletableFuture<EntityExchangeResult<byte[]>> answer;
		try (Session session = this.graph.driver().session(this.graph.writeSession());
				Transaction lock = session.beginTransaction()) {
			lock.run("MATCH (d:Dataset {id: 'dataset'}) SET d.heldByTest = true").consume();
			// on a thread of its own: the client completes its exchange on the common
			// pool, which a blocked caller there could starve (one thread on two cores)
			answer = CompletableFuture.supplyAsync(() -> http.post()
				.uri("/graphql")
				.headers((headers) -> headers.setBasicAuth(Editor.NAME, Editor.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", MutationsIT.CREATE, "variables",
						Map.of("input", MutationsIT.newEntity(id, "Test Patient Board", "2024"))))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult(), ASIDE);
			Thread.sleep(DEADLINE.multipliedBy(2));
			assertThat(answer).as("no answer at the request deadline while the edit waits for the lock").isNotDone();
			Thread.sleep(hold.minus(DEADLINE.multipliedBy(2)));
			lock.rollback();
		}
		return new String(answer.get().getResponseBody(), StandardCharsets.UTF_8);
	}

	private List<String> names(String id) {
		return this.graph.read("MATCH (e:Entity {id: $id}) RETURN e.name AS name", Map.of("id", id),
				(r) -> r.get("name").asString());
	}

}
