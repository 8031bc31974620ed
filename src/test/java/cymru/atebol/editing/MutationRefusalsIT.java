package cymru.atebol.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.neo4j.Graph;

import static cymru.atebol.editing.MutationsIT.CREATE;
import static cymru.atebol.editing.MutationsIT.END;
import static cymru.atebol.editing.MutationsIT.SEED_000;
import static cymru.atebol.editing.MutationsIT.START;
import static cymru.atebol.editing.MutationsIT.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edits that must be refused: by whom (anonymous), for a version the graph has moved
 * past, for two edits of the same version at once, and for input the seed's rules refuse.
 * Each refusal is one error that names the argument and says what was wrong, and the
 * graph is left as it was.
 */
@EditingServiceTest
class MutationRefusalsIT {

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	Graph graph;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.anonymous = Editor.patient(this.anonymous);
		this.graphQl = Editor.signedIn(this.anonymous);
	}

	/** The one error of a refused edit, after checking that nothing was written. */
	private ResponseError refused(GraphQlTester tester, String document, Map<String, Object> input) {
		Map<String, Long> before = Editor.size(this.graph);
		List<ResponseError> errors = new ArrayList<>();
		tester.document(document).variable("input", input).execute().errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		assertThat(Editor.size(this.graph)).isEqualTo(before);
		return errors.get(0);
	}

	@Test
	void shouldRefuseAnAnonymousEditOfTheRealApi() {
		ResponseError error = refused(this.anonymous, CREATE,
				MutationsIT.newEntity("test-anonymous", "Anonymous Board", "2020"));
		assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
		assertThat(error.getMessage()).startsWith("Mutations need a signed-in editor");
	}

	@Test
	void shouldRefuseAnEditBasedOnAVersionTheGraphHasMovedPast() {
		this.graphQl.document(CREATE)
			.variable("input", MutationsIT.newEntity("test-stale", "Stale Board", "2020"))
			.execute();
		this.graphQl.document(UPDATE)
			.variable("input",
					Map.of("id", "test-stale", "expectedVersion", 1, "note", "first", "sources", List.of(SEED_000)))
			.execute()
			.path("updateEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(2);
		ResponseError error = refused(this.graphQl, UPDATE,
				Map.of("id", "test-stale", "expectedVersion", 1, "note", "second", "sources", List.of(SEED_000)));
		assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
		assertThat(error.getMessage())
			.isEqualTo("entity 'test-stale' has version 2, the edit was based on version 1: reload and reapply");
		assertThat(error.getExtensions()).containsEntry("argument", "input.expectedVersion");
		this.anonymous.document("{ entity(id: \"test-stale\") { note version } }")
			.execute()
			.path("entity.note")
			.entity(String.class)
			.isEqualTo("first")
			.path("entity.version")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void shouldLetExactlyOneOfTwoConcurrentEditsOfTheSameVersionWin() throws Exception {
		this.graphQl.document(CREATE)
			.variable("input", MutationsIT.newEntity("test-race", "Race Board", "2020"))
			.execute();
		race(UPDATE,
				note -> Map.of("id", "test-race", "expectedVersion", 1, "note", note, "sources", List.of(SEED_000)));
		this.anonymous.document("""
				{ entity(id: "test-race") { version note }
				  changes(entity: "test-race", kinds: [CORRECTED]) { totalCount } }
				""")
			.execute()
			.path("entity.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void shouldLetExactlyOneOfTwoConcurrentEndingsOfARelationshipWin() throws Exception {
		this.graphQl.document(CREATE)
			.variable("input", MutationsIT.newEntity("test-race-link", "Race Link", "2020"))
			.execute();
		this.graphQl.document(START)
			.variable("input",
					Map.of("from", "test-race-link", "type", "INFORMS", "to", "heiw", "validFrom", "2020", "sources",
							List.of(SEED_000)))
			.execute();
		race(END, validTo -> Map.of("id", "test-race-link:INFORMS:heiw", "expectedVersion", 1, "validTo",
				validTo.equals("A") ? "2022" : "2023", "sources", List.of(SEED_000)));
		this.anonymous.document("""
				{ node(id: "test-race-link:INFORMS:heiw") { ... on Relationship { version } }
				  changes(entity: "test-race-link", kinds: [RELATIONSHIP_ENDED]) { totalCount } }
				""")
			.execute()
			.path("node.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	/**
	 * Sends two edits of the same version at once: exactly one may win, the other is a
	 * CONFLICT.
	 */
	private void race(String document, java.util.function.Function<String, Map<String, Object>> input)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<ResponseError>>> edits = new ArrayList<>();
			for (String which : List.of("A", "B")) {
				Callable<List<ResponseError>> edit = () -> {
					start.await();
					List<ResponseError> errors = new ArrayList<>();
					this.graphQl.document(document)
						.variable("input", input.apply(which))
						.execute()
						.errors()
						.satisfy(errors::addAll);
					return errors;
				};
				edits.add(threads.submit(edit));
			}
			start.countDown();
			List<List<ResponseError>> outcomes = new ArrayList<>();
			for (Future<List<ResponseError>> edit : edits) {
				outcomes.add(edit.get());
			}
			assertThat(outcomes).filteredOn(List::isEmpty).hasSize(1);
			assertThat(outcomes).filteredOn(errors -> !errors.isEmpty())
				.singleElement()
				.satisfies(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT")));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void shouldRefuseAReplacementWhenOneOfItsEntitiesMovedOnWritingNothing() {
		for (String id : List.of("test-stale-old", "test-stale-new")) {
			this.graphQl.document(CREATE).variable("input", MutationsIT.newEntity(id, id, "2015")).execute();
		}
		this.graphQl.document(UPDATE)
			.variable("input",
					Map.of("id", "test-stale-new", "expectedVersion", 1, "note", "moved on", "sources",
							List.of(SEED_000)))
			.execute();
		ResponseError error = refused(this.graphQl, MutationsIT.REPLACE,
				Map.of("predecessors", List.of(Map.of("id", "test-stale-old", "expectedVersion", 1)), "successors",
						List.of(Map.of("id", "test-stale-new", "expectedVersion", 1)), "date", "2020", "description",
						"A stale replacement", "sources", List.of(SEED_000)));
		assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
		assertThat(error.getExtensions()).containsEntry("argument", "input.successors[0].expectedVersion");
		this.anonymous.document("{ entity(id: \"test-stale-old\") { validTo version } }")
			.execute()
			.path("entity.validTo")
			.valueIsNull()
			.path("entity.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void shouldRefuseToDissolveTwiceAndToEndARelationshipThatIsNotThere() {
		this.graphQl.document(CREATE)
			.variable("input", MutationsIT.newEntity("test-twice", "Twice Board", "2015"))
			.execute();
		Map<String, Object> dissolve = Map.of("id", "test-twice", "expectedVersion", 1, "date", "2020", "sources",
				List.of(SEED_000));
		this.graphQl.document(MutationsIT.DISSOLVE)
			.variable("input", dissolve)
			.execute()
			.path("dissolveEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(2);
		ResponseError again = refused(this.graphQl, MutationsIT.DISSOLVE,
				Map.of("id", "test-twice", "expectedVersion", 2, "date", "2021", "sources", List.of(SEED_000)));
		assertThat(again.getErrorType().toString()).isEqualTo("CONFLICT");
		assertThat(again.getMessage()).isEqualTo("entity 'test-twice' already ceased to exist: its last day is 2020");
		ResponseError missing = refused(this.graphQl, END, Map.of("id", "test-twice:INFORMS:heiw", "expectedVersion", 1,
				"validTo", "2020", "sources", List.of(SEED_000)));
		assertThat(missing.getErrorType().toString()).isEqualTo("NOT_FOUND");
		assertThat(missing.getMessage()).isEqualTo("no relationship 'test-twice:INFORMS:heiw' in the graph");
	}

	/**
	 * An input the seed's rules refuse, the argument the error names, and the words it
	 * uses.
	 */
	record BadInput(String name, String document, Map<String, Object> input, String argument, String message) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static List<BadInput> badInputs() {
		return List.of(new BadInput("id not a slug", CREATE, MutationsIT.newEntity("Not A Slug", "Bad Board", "2020"),
				"input.id",
				"Invalid argument 'input.id': the entity id 'Not A Slug' is not a slug; use lower-case letters, "
						+ "digits and single hyphens, e.g. 'not-a-slug'"),
				new BadInput("month 13", CREATE, MutationsIT.newEntity("test-bad-date", "Bad Date Board", "2019-13"),
						"input.validFrom",
						"Invalid argument 'input.validFrom': 'validFrom' is not a date: '2019-13'; write YYYY, YYYY-MM "
								+ "or YYYY-MM-DD (a real date)"),
				new BadInput(
						"unknown source", CREATE, Map.of("id", "test-bad-source", "kind", "BOARD", "name",
								"Bad Source Board", "sources", List.of(SEED_000, Map.of("sourceId", "seed-0000"))),
						"input.sources[1].sourceId",
						"Invalid argument 'input.sources[1].sourceId': cites an unknown source 'seed-0000'; "
								+ "did you mean 'seed-000'?"),
				new BadInput("no sources", CREATE,
						Map.of("id", "test-no-sources", "kind", "BOARD", "name", "Unsourced Board", "sources",
								List.of()),
						"input.sources", "Invalid argument 'input.sources': no sources; " + EditValidator.SOURCES_HINT),
				new BadInput("url not http", CREATE,
						Map.of("id", "test-bad-url", "kind", "BOARD", "name", "Bad Url Board", "sources",
								List.of(Map.of("url", "ftp://example.org/x", "title", "X"))),
						"input.sources[0].url", "source 'web-"),
				new BadInput("related to itself", START,
						Map.of("from", "heiw", "type", "ADVISES", "to", "heiw", "sources", List.of(SEED_000)),
						"input.to", "Invalid argument 'input.to': 'heiw' is related to itself"),
				new BadInput("ends before it begins", END,
						Map.of("id", "bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb", "expectedVersion", 1, "validTo",
								"2018", "sources", List.of(SEED_000)),
						"input.validTo",
						"Invalid argument 'input.validTo': relationship bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb ends "
								+ "(2018) before it begins (2019-04-01); validTo is the last day the fact held; check "
								+ "the two dates"),
				new BadInput("not a relationship id", END,
						Map.of("id", "heiw", "expectedVersion", 1, "validTo", "2020", "sources", List.of(SEED_000)),
						"input.id", "Invalid argument 'input.id': 'heiw' is not a relationship id"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void shouldRefuseInputTheSeedRulesRefuseNamingTheArgument(BadInput bad) {
		ResponseError error = refused(this.graphQl, bad.document(), bad.input());
		assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		assertThat(error.getExtensions()).containsEntry("argument", bad.argument());
		assertThat(error.getMessage()).contains(bad.message());
	}

	@Test
	void shouldRefuseAKindOutsideTheVocabularyBeforeRunning() {
		ResponseError error = refused(this.graphQl, CREATE,
				Map.of("id", "test-bad-kind", "kind", "BORAD", "name", "Bad Kind Board", "sources", List.of(SEED_000)));
		assertThat(error.getMessage()).isEqualTo(
				"Variable 'input' has an invalid value: Invalid input for enum 'Kind'. No value found for name 'BORAD'");
	}

	@Test
	void shouldAnswerNotFoundForAnEntityThatIsNotInTheGraph() {
		ResponseError error = refused(this.graphQl, UPDATE,
				Map.of("id", "no-such-body", "expectedVersion", 1, "note", "x", "sources", List.of(SEED_000)));
		assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
		assertThat(error.getMessage()).isEqualTo("no entity 'no-such-body' in the graph");
		assertThat(error.getExtensions()).containsEntry("argument", "input.id");
	}

	@Test
	void shouldRefuseToStartARelationshipThatIsAlreadyOpen() {
		ResponseError error = refused(this.graphQl, START, Map.of("from", "bridgend", "type", "IN_AREA_OF", "to",
				"cwm-taf-morgannwg-uhb", "validFrom", "2024", "sources", List.of(SEED_000)));
		assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
		assertThat(error.getMessage()).isEqualTo("relationship bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb is already "
				+ "recorded and has not ended; end it before starting it again");
	}

	@Test
	void shouldRefuseADuplicateIdAndAnUnknownCitationInOneTransactionWritingNothing() {
		ResponseError error = refused(this.graphQl, CREATE,
				Map.of("id", "heiw", "kind", "BOARD", "name", "Twice", "sources", List.of(SEED_000)));
		assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
		assertThat(error.getMessage()).startsWith("duplicate id 'heiw' (already used by an entity)");
		// The url source would be added before the unknown source id is found: it must
		// roll back.
		refused(this.graphQl, CREATE,
				Map.of("id", "test-rolled-back", "kind", "BOARD", "name", "Rolled Back", "sources",
						List.of(Map.of("url", "https://example.org/rolled-back", "title", "Rolled back"),
								Map.of("sourceId", "no-such-source"))));
		this.anonymous.document("{ sources { url } }")
			.execute()
			.path("sources[*].url")
			.entityList(String.class)
			.doesNotContain("https://example.org/rolled-back");
	}

}
