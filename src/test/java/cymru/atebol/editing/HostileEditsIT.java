package cymru.atebol.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.security.HostileStrings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile strings in every text of an edit (name, description, note, alias, a citation's
 * section and a new source's title) are stored as they were sent and read back the same,
 * writing exactly the entity, its source and its event (texts are stripped of surrounding
 * white space); or, when the rules refuse them (a blank name), refused with nothing
 * written.
 */
@EditingServiceTest
class HostileEditsIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Graph graph;

	@BeforeEach
	void signIn() {
		this.graphQl = Editor.signedIn(this.graphQl);
	}

	/**
	 * All but the one too large for a request, which the request limits refuse
	 * (RequestSizeLimitTests).
	 */
	static Stream<Named<String>> hostileStrings() {
		return HostileStrings.all().filter(named -> !named.getPayload().equals(HostileStrings.HUGE));
	}

	@ParameterizedTest
	@MethodSource("hostileStrings")
	void shouldStoreHostileTextsVerbatimOrRefuseThemWritingNothing(String hostile) {
		String id = "test-hostile-" + Integer.toHexString(hostile.hashCode());
		Map<String, Object> input = Map.of("id", id, "kind", "GROUP", "name", hostile, "description", hostile, "note",
				hostile, "aliases", List.of(hostile), "sources",
				List.of(Map.of("url", "https://example.org/hostile/" + id, "title", hostile, "section", hostile)));
		Map<String, Long> before = Editor.size(this.graph);
		List<ResponseError> errors = new ArrayList<>();
		var response = this.graphQl.document(MutationsIT.CREATE).variable("input", input).execute();
		response.errors().satisfy(errors::addAll);
		Map<String, Long> after = Editor.size(this.graph);
		if (!errors.isEmpty()) {
			assertThat(hostile.isBlank()).as(errors.toString()).isTrue();
			assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("input.name").contains("missing 'name'"));
			assertThat(after).isEqualTo(before);
			return;
		}
		// the entity, its change event, the source it cites and the dataset version the
		// edit made
		assertThat(after.get("nodes")).isEqualTo(before.get("nodes") + 4);
		this.graphQl.document("""
				query Read($id: ID!) {
				  entity(id: $id) { name description note aliases sources { section source { title } } }
				}
				""")
			.variable("id", id)
			.execute()
			.path("entity.name")
			.entity(String.class)
			.isEqualTo(hostile.strip())
			.path("entity.description")
			.entity(String.class)
			.isEqualTo(hostile.strip())
			.path("entity.note")
			.entity(String.class)
			.isEqualTo(hostile.strip())
			.path("entity.aliases")
			.entityList(String.class)
			.containsExactly(hostile.strip())
			.path("entity.sources[0].section")
			.entity(String.class)
			.isEqualTo(hostile.strip())
			.path("entity.sources[0].source.title")
			.entity(String.class)
			.isEqualTo(hostile.strip());
	}

}
