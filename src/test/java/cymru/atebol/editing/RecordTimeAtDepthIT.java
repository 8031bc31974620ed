package cymru.atebol.editing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dataset said at a record time holds at every depth of an answer: a body read
 * through its parent's {@code reports} shows the name and dates recorded then, and is
 * there or not by the dates recorded then. Each edit's {@code recordedAt}, passed back as
 * {@code recordedAsOf}, shows the state that includes that edit.
 */
@EditingServiceTest
class RecordTimeAtDepthIT {

	private static final String REPORTS = """
			query Reports($recordedAsOf: DateTime) {
			  entity(id: "national-primary-care-board", asOf: "2024-06-01", recordedAsOf: $recordedAsOf) {
			    reports(first: 200) { edges { node { from { id name validTo existsAsOf } } } }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester anonymous;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.anonymous = Editor.patient(this.anonymous);
		this.graphQl = Editor.signedIn(this.anonymous);
	}

	@Test
	void shouldShowNestedEntitiesAsTheyWereRecordedAtEachEdit() {
		String created = this.graphQl.document("""
				mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { event { recordedAt } } }
				""")
			.variable("input", MutationsIT.newEntity("test-depth-group", "Depth Group", "2018"))
			.execute()
			.path("createEntity.event.recordedAt")
			.entity(String.class)
			.get();
		String started = this.graphQl
			.document(
					"""
							mutation Start($input: StartRelationshipInput!) { startRelationship(input: $input) { event { recordedAt } } }
							""")
			.variable("input",
					Map.of("from", "test-depth-group", "type", "REPORTS_TO", "to", "national-primary-care-board",
							"validFrom", "2018-06", "sources", List.of(MutationsIT.SEED_000)))
			.execute()
			.path("startRelationship.event.recordedAt")
			.entity(String.class)
			.get();
		String renamed = this.graphQl.document("""
				mutation Rename($input: RenameEntityInput!) { renameEntity(input: $input) { event { recordedAt } } }
				""")
			.variable("input",
					Map.of("id", "test-depth-group", "expectedVersion", 1, "name", "Renamed Depth Group", "date",
							"2020-01-01", "sources", List.of(MutationsIT.SEED_000)))
			.execute()
			.path("renameEntity.event.recordedAt")
			.entity(String.class)
			.get();
		String dissolved = this.graphQl
			.document(
					"""
							mutation Dissolve($input: DissolveEntityInput!) { dissolveEntity(input: $input) { event { recordedAt } } }
							""")
			.variable("input",
					Map.of("id", "test-depth-group", "expectedVersion", 2, "date", "2023-03-31", "sources",
							List.of(MutationsIT.SEED_000)))
			.execute()
			.path("dissolveEntity.event.recordedAt")
			.entity(String.class)
			.get();

		assertThat(reportingGroup(created)).isEmpty();
		assertThat(reportingGroup(started))
			.containsExactly(Map.of("id", "test-depth-group", "name", "Depth Group", "existsAsOf", true));
		assertThat(reportingGroup(renamed))
			.containsExactly(Map.of("id", "test-depth-group", "name", "Renamed Depth Group", "existsAsOf", true));
		assertThat(reportingGroup(dissolved)).isEmpty();
		assertThat(reportingGroup(null)).isEmpty();
	}

	/**
	 * The test group among the board's reports in mid-2024, as recorded at the time
	 * given.
	 */
	private List<Map<String, Object>> reportingGroup(String recordedAsOf) {
		List<Map<String, Object>> from = this.anonymous.document(REPORTS)
			.variable("recordedAsOf", recordedAsOf)
			.execute()
			.path("entity.reports.edges[*].node.from")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		return from.stream()
			.filter((entity) -> "test-depth-group".equals(entity.get("id")))
			.map((entity) -> Map.of("id", entity.get("id"), "name", entity.get("name"), "existsAsOf",
					entity.get("existsAsOf")))
			.toList();
	}

}
