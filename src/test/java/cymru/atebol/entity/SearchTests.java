package cymru.atebol.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cymru.atebol.OneError;
import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search over every name an entity is known by. */
@GraphQlFixtureTest
class SearchTests {

	// language=GraphQL
	private static final String SEARCH = """
			query ($text: String!, $asOf: Date) {
			  search(text: $text, asOf: $asOf) { score matchedName entity { id } }
			}
			""";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldFindAnEntityByAFormerNameAndSayWhichNameMatched() {
		GraphQlTester.Response response = this.graphQl.document(SEARCH)
			.variable("text", "Abertawe Bro Morgannwg")
			.execute();
		response.path("search[0].entity.id").entity(String.class).isEqualTo("swansea-bay-uhb");
		response.path("search[0].matchedName")
			.entity(String.class)
			.isEqualTo("Abertawe Bro Morgannwg University Health Board");
	}

	@Test
	void shouldRankTheClosestNameFirst() {
		GraphQlTester.Response response = this.graphQl.document(SEARCH)
			.variable("text", "Swansea Bay University Health Board")
			.execute();
		response.path("search[*].entity.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).startsWith("swansea-bay-uhb").contains("swansea-bay-pcpg"));
		response.path("search[*].score").entityList(Double.class).satisfies((scores) -> {
			assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
			assertThat(scores.get(0)).isGreaterThan(scores.get(scores.size() - 1));
		});
	}

	@Test
	void shouldCompleteTheStartOfAWord() {
		this.graphQl.document(SEARCH)
			.variable("text", "llywod")
			.execute()
			.path("search[0].entity.id")
			.entity(String.class)
			.isEqualTo("welsh-government");
	}

	@Test
	void shouldFindOnlyEntitiesThatExistOnTheDate() {
		this.graphQl.document(SEARCH)
			.variable("text", "Community Health Councils")
			.variable("asOf", "2024-01-01")
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.doesNotContain("community-health-councils");
		this.graphQl.document(SEARCH)
			.variable("text", "Community Health Councils")
			.variable("asOf", "2020-01-01")
			.execute()
			.path("search[0].entity.id")
			.entity(String.class)
			.isEqualTo("community-health-councils");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"(a", "AND", "OR NOT", "name:senedd", "\\a", "C&V", "24/7", "[1 TO 5]", "\"unclosed",
			"senedd~", "senedd^99", "*senedd", "Ŵ ŷ", "'; MATCH (n) DETACH DELETE n //", "{x}" })
	void shouldSearchSafelyWhateverTheText(String text) {
		this.graphQl.document(SEARCH).variable("text", text).execute().errors().verify();
	}

	@Test
	void shouldRefuseTextWithNothingToSearchFor() {
		this.graphQl.document(SEARCH)
			.variable("text", " \"( \\ ?! ")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.BAD_REQUEST, "Invalid argument 'text': must contain a letter or a digit"));
	}

}
