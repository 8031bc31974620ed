package cymru.atebol.editing;

import java.time.Duration;
import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.neo4j.Graph;

/**
 * The editor account of {@link EditingServiceTest}, and what the tests need to check the
 * graph.
 */
final class Editor {

	static final String NAME = "alice";

	static final String PASSWORD = "edit-test passphrase";

	/** BCrypt (cost 4, to keep the tests quick) of {@link #PASSWORD}. */
	static final String HASH = "$2a$04$0K9OkDWC4SXU.1rL3RZG8.FqHPQ95uJvmynTgcSvzEAo1I.dmXyXS";

	private Editor() {
	}

	/** The tester, signed in as the editor. */
	static HttpGraphQlTester signedIn(HttpGraphQlTester graphQl) {
		return patient(graphQl).mutate().headers(headers -> headers.setBasicAuth(NAME, PASSWORD)).build();
	}

	/**
	 * The tester, waiting longer for answers, since the machine running the tests may be
	 * busy.
	 */
	static HttpGraphQlTester patient(HttpGraphQlTester graphQl) {
		return graphQl.mutate().webTestClient(http -> http.responseTimeout(Duration.ofSeconds(60))).build();
	}

	/**
	 * How many nodes and relationships the graph holds, to show that a refused edit wrote
	 * nothing.
	 */
	static Map<String, Long> size(Graph graph) {
		return graph
			.read("""
					CALL () { MATCH (n) RETURN count(n) AS nodes }
					CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
					CALL () { MATCH (n) UNWIND keys(n) AS key RETURN count(key) AS properties }
					RETURN nodes, relationships, properties
					""", Map.of(), r -> Map.of("nodes", r.get("nodes").asLong(), "relationships",
					r.get("relationships").asLong(), "properties", r.get("properties").asLong()))
			.get(0);
	}

}
