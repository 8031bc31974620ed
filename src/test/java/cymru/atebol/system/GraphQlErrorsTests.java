package cymru.atebol.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cymru.atebol.GraphQlFixtureTest;
import cymru.atebol.neo4j.Graph;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client sees when something goes wrong that it did not cause. */
@GraphQlFixtureTest
class GraphQlErrorsTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Graph graph;

	/** An entity the loader would never write (no kind, no name), dated 1700 so no list shows it. */
	@Test
	void shouldAnswerAnUnexpectedFailureWithAGenericMessageAndNoInternals() {
		this.graph.write("""
				MERGE (e:Entity {id: 'broken-entity'})
				SET e.validFrom = date('1700-01-01'), e.validTo = date('1700-12-31'),
					e.recordedFrom = datetime('2026-01-10T09:00:00Z')
				""", Map.of());
		this.graphQl.document("{ entity(id: \"broken-entity\") { id } senedd: entity(id: \"senedd-cymru\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).hasToString("INTERNAL_ERROR");
				assertThat(error.getMessage())
					.matches("Internal error [0-9a-f-]{36}: the server could not answer this field");
				assertThat(error.getExtensions()).isEmpty();
				assertThat(error.getPath()).isEqualTo("entity");
			}))
			.path("senedd.id")
			.entity(String.class)
			.isEqualTo("senedd-cymru");
	}

}
