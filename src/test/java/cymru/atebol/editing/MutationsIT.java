package cymru.atebol.editing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each mutation end to end over HTTP as a signed-in editor, checked afterwards through
 * the public read API: the fact as it is now, as it was on an earlier date, as it was
 * recorded before the edit, and the change event in the history.
 */
@EditingServiceTest
class MutationsIT {

	static final String CREATE = """
			mutation Create($input: CreateEntityInput!) {
			  createEntity(input: $input) {
			    entity { id name kind version recordedBy validFrom validFromPrecision aliases
			      codes { ods } sources { source { id title url } section } }
			    event { id kind date datePrecision description recordedBy derived entities { id } }
			  }
			}
			""";

	static final String UPDATE = """
			mutation Update($input: UpdateEntityInput!) {
			  updateEntity(input: $input) {
			    entity { id description note version recordedBy codes { ods wikidata } sources { source { id } } }
			    event { id kind date description recordedBy }
			  }
			}
			""";

	static final String RENAME = """
			mutation Rename($input: RenameEntityInput!) {
			  renameEntity(input: $input) {
			    entity { id name shortName version recordedBy
			      names { name validFrom validFromPrecision validTo validToPrecision } }
			    event { id kind date description recordedBy }
			  }
			}
			""";

	static final String DISSOLVE = """
			mutation Dissolve($input: DissolveEntityInput!) {
			  dissolveEntity(input: $input) {
			    entity { id validTo validToPrecision existsAsOf version }
			    event { id kind date description recordedBy relationships { id validTo version } }
			  }
			}
			""";

	static final String REPLACE = """
			mutation Replace($input: ReplaceEntitiesInput!) {
			  replaceEntities(input: $input) {
			    predecessors { id validTo version }
			    successors { id validFrom version }
			    relationships { id type validFrom from { id } to { id } version recordedBy }
			    event { id kind date description recordedBy predecessors { id } successors { id } relationships { id } }
			  }
			}
			""";

	static final String START = """
			mutation Start($input: StartRelationshipInput!) {
			  startRelationship(input: $input) {
			    relationship { id type validFrom validTo version recordedBy note from { id } to { id name }
			      sources { source { id } section } }
			    event { id kind date description recordedBy relationships { id } entities { id } }
			  }
			}
			""";

	static final String END = """
			mutation End($input: EndRelationshipInput!) {
			  endRelationship(input: $input) {
			    relationship { id validFrom validTo validToPrecision version recordedBy }
			    event { id kind date description recordedBy relationships { id validTo } }
			  }
			}
			""";

	static final Map<String, Object> SEED_000 = Map.of("sourceId", "seed-000", "section", "Clusters");

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	SeedLoader seed;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.anonymous = Editor.patient(this.anonymous);
		this.graphQl = Editor.signedIn(this.anonymous);
	}

	static Map<String, Object> newEntity(String id, String name, String validFrom) {
		return Map.of("id", id, "kind", "BOARD", "name", name, "validFrom", validFrom, "sources", List.of(SEED_000));
	}

	GraphQlTester.Response create(String id, String name, String validFrom) {
		return this.graphQl.document(CREATE).variable("input", newEntity(id, name, validFrom)).execute();
	}

	@Test
	void shouldListEntitiesOfTheSameNameInSearchByTheirIds() {
		// an equal score and an equal name are ordered by id (without that, Neo4j listed
		// the one created last first)
		create("test-twin-board-a", "Test Twin Board", "2020");
		create("test-twin-board-b", "Test Twin Board", "2020");
		this.anonymous.document("{ search(text: \"Test Twin Board\", first: 5) { entity { id } } }")
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids.stream().filter((id) -> id.startsWith("test-twin-board")))
				.containsExactly("test-twin-board-a", "test-twin-board-b"));
	}

	@Test
	void shouldShowTheEditedVersionAtTheRecordTimeItsAnswerGives() {
		create("test-record-time", "Record Time Board", "2020").path("createEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(1);
		String recordedAt = this.graphQl.document("""
				mutation Update($input: UpdateEntityInput!) {
				  updateEntity(input: $input) { entity { version } event { recordedAt } }
				}
				""")
			.variable("input",
					Map.of("id", "test-record-time", "expectedVersion", 1, "description",
							"Corrected at a printed time.", "sources", List.of(SEED_000)))
			.execute()
			.path("updateEntity.event.recordedAt")
			.entity(String.class)
			.get();
		// The API prints record times to the millisecond; passed back as they were
		// printed, they show the state that includes the edit.
		this.anonymous.document("""
				query At($at: DateTime!) {
				  entity(id: "test-record-time", recordedAsOf: $at) { version description }
				}
				""")
			.variable("at", recordedAt)
			.execute()
			.path("entity.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("entity.description")
			.entity(String.class)
			.isEqualTo("Corrected at a printed time.");
	}

	@Test
	void shouldCreateAnEntityWithItsSourcesAndAnEstablishedEvent() {
		OffsetDateTime before = OffsetDateTime.now();
		GraphQlTester.Response response = this.graphQl.document(CREATE)
			.variable("input",
					Map.of("id", "test-create-board", "kind", "BOARD", "name", "Test Creation Board", "aliases",
							List.of("The creation board"), "validFrom", "2024-04", "codes", Map.of("ods", "ZZ1"),
							"sources",
							List.of(SEED_000,
									Map.of("url", "https://www.gov.wales/test-creation-board", "title",
											"Test Creation Board announced", "publisher", "Welsh Government"))))
			.execute();
		response.path("createEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("createEntity.entity.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("createEntity.entity.validFrom")
			.entity(String.class)
			.isEqualTo("2024-04-01")
			.path("createEntity.entity.validFromPrecision")
			.entity(String.class)
			.isEqualTo("MONTH")
			.path("createEntity.entity.codes.ods")
			.entity(String.class)
			.isEqualTo("ZZ1")
			.path("createEntity.entity.sources[0].source.id")
			.entity(String.class)
			.isEqualTo("seed-000")
			.path("createEntity.entity.sources[0].section")
			.entity(String.class)
			.isEqualTo("Clusters")
			.path("createEntity.entity.sources[1].source.url")
			.entity(String.class)
			.isEqualTo("https://www.gov.wales/test-creation-board")
			.path("createEntity.event.kind")
			.entity(String.class)
			.isEqualTo("ESTABLISHED")
			.path("createEntity.event.date")
			.entity(String.class)
			.isEqualTo("2024-04-01")
			.path("createEntity.event.datePrecision")
			.entity(String.class)
			.isEqualTo("MONTH")
			.path("createEntity.event.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("createEntity.event.derived")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("createEntity.event.entities[*].id")
			.entityList(String.class)
			.containsExactly("test-create-board");
		String eventId = response.path("createEntity.event.id").entity(String.class).get();
		String webSource = response.path("createEntity.entity.sources[1].source.id").entity(String.class).get();

		this.anonymous.document("""
				query Read($id: ID!, $event: ID!, $source: ID!) {
				  entity(id: $id) { name kind existsAsOf }
				  before: entity(id: $id, asOf: "2024-03-31") { id }
				  search(text: "creation board") { entity { id } }
				  node(id: $event) { ... on ChangeEvent { kind recordedBy } }
				  source(id: $source) { title publisher url }
				  changes(entity: $id) { edges { node { id } } }
				}
				""")
			.variable("id", "test-create-board")
			.variable("event", eventId)
			.variable("source", webSource)
			.execute()
			.path("entity.name")
			.entity(String.class)
			.isEqualTo("Test Creation Board")
			.path("entity.kind")
			.entity(String.class)
			.isEqualTo("BOARD")
			.path("before")
			.valueIsNull()
			.path("search[*].entity.id")
			.entityList(String.class)
			.contains("test-create-board")
			.path("node.kind")
			.entity(String.class)
			.isEqualTo("ESTABLISHED")
			.path("node.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("source.title")
			.entity(String.class)
			.isEqualTo("Test Creation Board announced")
			.path("source.publisher")
			.entity(String.class)
			.isEqualTo("Welsh Government")
			.path("changes.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(eventId);
		this.anonymous.document("""
				query Before($id: ID!, $at: DateTime!) {
				  entity(id: $id, recordedAsOf: $at) { id }
				  changes(entity: $id, recordedAsOf: $at) { totalCount }
				}
				""")
			.variable("id", "test-create-board")
			.variable("at", before.toString())
			.execute()
			.path("entity")
			.valueIsNull()
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void shouldReuseTheSourceOfAUrlCitedBefore() {
		Map<String, Object> page = Map.of("url", "https://example.org/same-page", "title", "The same page");
		List<String> ids = List.of("test-url-one", "test-url-two")
			.stream()
			.map(id -> this.graphQl.document(CREATE)
				.variable("input", Map.of("id", id, "kind", "GROUP", "name", id, "sources", List.of(page)))
				.execute()
				.path("createEntity.entity.sources[0].source.id")
				.entity(String.class)
				.get())
			.toList();
		assertThat(ids.get(0)).startsWith("web-").isEqualTo(ids.get(1));
	}

	@Test
	void shouldCorrectAnEntityAndKeepThePropertySetItReplaced() {
		create("test-update-board", "Test Update Board", "2020").path("createEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(1);
		OffsetDateTime between = OffsetDateTime.now();
		this.graphQl.document(UPDATE)
			.variable("input",
					Map.of("id", "test-update-board", "expectedVersion", 1, "description", "Steers the tests.", "codes",
							Map.of("wikidata", "Q42"), "sources", List.of(Map.of("sourceId", "seed-001"))))
			.execute()
			.path("updateEntity.entity.description")
			.entity(String.class)
			.isEqualTo("Steers the tests.")
			.path("updateEntity.entity.codes.wikidata")
			.entity(String.class)
			.isEqualTo("Q42")
			.path("updateEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("updateEntity.entity.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("updateEntity.entity.sources[*].source.id")
			.entityList(String.class)
			.containsExactly("seed-000", "seed-001")
			.path("updateEntity.event.kind")
			.entity(String.class)
			.isEqualTo("CORRECTED")
			.path("updateEntity.event.date")
			.entity(String.class)
			.isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString())
			.path("updateEntity.event.description")
			.entity(String.class)
			.isEqualTo("Corrected description, codes.wikidata of Test Update Board");
		this.anonymous.document("""
				query Versions($at: DateTime!) {
				  now: entity(id: "test-update-board") { description version }
				  then: entity(id: "test-update-board", recordedAsOf: $at) { description version }
				}
				""")
			.variable("at", between.toString())
			.execute()
			.path("now.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("now.description")
			.entity(String.class)
			.isEqualTo("Steers the tests.")
			.path("then.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("then.description")
			.valueIsNull();
	}

	@Test
	void shouldRenameASeededEntityKeepingTheOldNameForEarlierDates() {
		String before = OffsetDateTime.now().toString();
		int version = this.anonymous.document("{ entity(id: \"cluster-arfon\") { name version recordedBy } }")
			.execute()
			.path("entity.recordedBy")
			.entity(String.class)
			.isEqualTo("seed")
			.path("entity.version")
			.entity(Integer.class)
			.get();
		String oldName = this.anonymous.document("{ entity(id: \"cluster-arfon\") { name } }")
			.execute()
			.path("entity.name")
			.entity(String.class)
			.get();
		this.graphQl.document(RENAME)
			.variable("input",
					Map.of("id", "cluster-arfon", "expectedVersion", version, "name", "Arfon Test Cluster", "date",
							"2025-04-01", "sources", List.of(SEED_000)))
			.execute()
			.path("renameEntity.entity.name")
			.entity(String.class)
			.isEqualTo("Arfon Test Cluster")
			.path("renameEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(version + 1)
			.path("renameEntity.entity.names[*].name")
			.entityList(String.class)
			.containsExactly(oldName, "Arfon Test Cluster")
			.path("renameEntity.entity.names[0].validTo")
			.entity(String.class)
			.isEqualTo("2025-03-31")
			.path("renameEntity.entity.names[1].validFrom")
			.entity(String.class)
			.isEqualTo("2025-04-01")
			.path("renameEntity.event.kind")
			.entity(String.class)
			.isEqualTo("RENAMED")
			.path("renameEntity.event.date")
			.entity(String.class)
			.isEqualTo("2025-04-01")
			.path("renameEntity.event.description")
			.entity(String.class)
			.isEqualTo(oldName + " was renamed Arfon Test Cluster");
		this.anonymous.document("""
				query Names($before: DateTime!) {
				  today: entity(id: "cluster-arfon") { name history { events { kind recordedBy } } }
				  earlier: entity(id: "cluster-arfon", asOf: "2025-03-31") { name }
				  recorded: entity(id: "cluster-arfon", recordedAsOf: $before) { name version }
				  byOldName: search(text: "Arfon") { entity { id } matchedName }
				}
				""")
			.variable("before", before)
			.execute()
			.path("today.name")
			.entity(String.class)
			.isEqualTo("Arfon Test Cluster")
			.path("today.history.events[?(@.kind == 'RENAMED')].recordedBy")
			.entityList(String.class)
			.contains(Editor.NAME)
			.path("earlier.name")
			.entity(String.class)
			.isEqualTo(oldName)
			.path("recorded.name")
			.entity(String.class)
			.isEqualTo(oldName)
			.path("recorded.version")
			.entity(Integer.class)
			.isEqualTo(version)
			.path("byOldName[*].entity.id")
			.entityList(String.class)
			.contains("cluster-arfon");
		this.anonymous.document("{ search(text: \"" + oldName + "\") { entity { id } } }")
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.contains("cluster-arfon");
	}

	@Test
	void shouldDissolveAnEntityAndEndItsOpenRelationships() {
		create("test-dissolve-group", "Test Dissolve Group", "2018");
		String relationship = this.graphQl.document(START)
			.variable("input",
					Map.of("from", "test-dissolve-group", "type", "REPORTS_TO", "to", "national-primary-care-board",
							"validFrom", "2018-06", "sources", List.of(SEED_000)))
			.execute()
			.path("startRelationship.relationship.id")
			.entity(String.class)
			.get();
		assertThat(relationship).isEqualTo("test-dissolve-group:REPORTS_TO:national-primary-care-board");
		this.graphQl.document(DISSOLVE)
			.variable("input",
					Map.of("id", "test-dissolve-group", "expectedVersion", 1, "date", "2023-03-31", "sources",
							List.of(SEED_000)))
			.execute()
			.path("dissolveEntity.entity.validTo")
			.entity(String.class)
			.isEqualTo("2023-03-31")
			.path("dissolveEntity.entity.existsAsOf")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("dissolveEntity.entity.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("dissolveEntity.event.kind")
			.entity(String.class)
			.isEqualTo("DISSOLVED")
			.path("dissolveEntity.event.date")
			.entity(String.class)
			.isEqualTo("2023-04-01")
			.path("dissolveEntity.event.description")
			.entity(String.class)
			.isEqualTo("Test Dissolve Group ceased to exist")
			.path("dissolveEntity.event.relationships[*].id")
			.entityList(String.class)
			.containsExactly(relationship)
			.path("dissolveEntity.event.relationships[0].validTo")
			.entity(String.class)
			.isEqualTo("2023-03-31")
			.path("dissolveEntity.event.relationships[0].version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.anonymous.document("""
				query Dissolved($rel: ID!) {
				  before: entity(id: "test-dissolve-group", asOf: "2023-03-31") { reportsTo { id } }
				  after: entity(id: "test-dissolve-group", asOf: "2023-04-01") { id }
				  node(id: $rel) { ... on Relationship { validTo version recordedBy } }
				  changes(entity: "test-dissolve-group", kinds: [DISSOLVED]) { edges { node { recordedBy } } }
				}
				""")
			.variable("rel", relationship)
			.execute()
			.path("before.reportsTo[*].id")
			.entityList(String.class)
			.containsExactly(relationship)
			.path("after")
			.valueIsNull()
			.path("node.validTo")
			.entity(String.class)
			.isEqualTo("2023-03-31")
			.path("node.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("node.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("changes.edges[*].node.recordedBy")
			.entityList(String.class)
			.containsExactly(Editor.NAME);
	}

	@Test
	void shouldReplaceEntitiesEndingThePredecessorsTheDayBefore() {
		create("test-old-east", "Test Old East", "2010");
		create("test-old-west", "Test Old West", "2010");
		this.graphQl.document(CREATE)
			.variable("input",
					Map.of("id", "test-new-whole", "kind", "BOARD", "name", "Test New Whole", "sources",
							List.of(SEED_000)))
			.execute();
		this.graphQl.document(REPLACE)
			.variable("input", Map.of("predecessors",
					List.of(Map.of("id", "test-old-east", "expectedVersion", 1),
							Map.of("id", "test-old-west", "expectedVersion", 1)),
					"successors", List.of(Map.of("id", "test-new-whole", "expectedVersion", 1)), "date", "2021-04-01",
					"description", "Test Old East and Test Old West merged into Test New Whole", "sources",
					List.of(SEED_000)))
			.execute()
			.path("replaceEntities.predecessors[*].validTo")
			.entityList(String.class)
			.containsExactly("2021-03-31", "2021-03-31")
			.path("replaceEntities.predecessors[*].version")
			.entityList(Integer.class)
			.containsExactly(2, 2)
			.path("replaceEntities.successors[0].validFrom")
			.entity(String.class)
			.isEqualTo("2021-04-01")
			.path("replaceEntities.relationships[*].id")
			.entityList(String.class)
			.containsExactly("test-old-east:REPLACED_BY:test-new-whole", "test-old-west:REPLACED_BY:test-new-whole")
			.path("replaceEntities.relationships[0].validFrom")
			.entity(String.class)
			.isEqualTo("2021-04-01")
			.path("replaceEntities.relationships[0].recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("replaceEntities.event.kind")
			.entity(String.class)
			.isEqualTo("REPLACED")
			.path("replaceEntities.event.date")
			.entity(String.class)
			.isEqualTo("2021-04-01")
			.path("replaceEntities.event.predecessors[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("test-old-east", "test-old-west"))
			.path("replaceEntities.event.successors[*].id")
			.entityList(String.class)
			.containsExactly("test-new-whole")
			.path("replaceEntities.event.relationships[*].id")
			.entityList(String.class)
			.hasSize(2);
		this.anonymous.document("""
				{ diff(from: "2021-03-31", to: "2021-04-01") {
				    entitiesAdded { id } entitiesRemoved { id } events { kind recordedBy } } }
				""")
			.execute()
			.path("diff.entitiesAdded[*].id")
			.entityList(String.class)
			.contains("test-new-whole")
			.path("diff.entitiesRemoved[*].id")
			.entityList(String.class)
			.contains("test-old-east", "test-old-west")
			.path("diff.events[?(@.recordedBy == 'alice')].kind")
			.entityList(String.class)
			.contains("REPLACED");
	}

	@Test
	void shouldStartAndEndARelationship() {
		create("test-link-group", "Test Link Group", "2019");
		this.graphQl.document(START)
			.variable("input",
					Map.of("from", "test-link-group", "type", "ADVISES", "to", "nhs-wales-executive", "validFrom",
							"2023-06-01", "note", "Advises on tests.", "sources", List.of(SEED_000)))
			.execute()
			.path("startRelationship.relationship.id")
			.entity(String.class)
			.isEqualTo("test-link-group:ADVISES:nhs-wales-executive")
			.path("startRelationship.relationship.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("startRelationship.relationship.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME)
			.path("startRelationship.relationship.note")
			.entity(String.class)
			.isEqualTo("Advises on tests.")
			.path("startRelationship.relationship.sources[0].source.id")
			.entity(String.class)
			.isEqualTo("seed-000")
			.path("startRelationship.event.kind")
			.entity(String.class)
			.isEqualTo("RELATIONSHIP_STARTED")
			.path("startRelationship.event.date")
			.entity(String.class)
			.isEqualTo("2023-06-01")
			.path("startRelationship.event.description")
			.entity(String.class)
			.satisfies(description -> assertThat(description).startsWith("Began: Test Link Group ")
				.contains("NHS Wales Executive"))
			.path("startRelationship.event.relationships[*].id")
			.entityList(String.class)
			.containsExactly("test-link-group:ADVISES:nhs-wales-executive")
			.path("startRelationship.event.entities[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("test-link-group", "nhs-wales-executive"));
		this.graphQl.document(END)
			.variable("input",
					Map.of("id", "test-link-group:ADVISES:nhs-wales-executive", "expectedVersion", 1, "validTo", "2024",
							"sources", List.of(Map.of("sourceId", "seed-001"))))
			.execute()
			.path("endRelationship.relationship.validTo")
			.entity(String.class)
			.isEqualTo("2024-12-31")
			.path("endRelationship.relationship.validToPrecision")
			.entity(String.class)
			.isEqualTo("YEAR")
			.path("endRelationship.relationship.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("endRelationship.event.kind")
			.entity(String.class)
			.isEqualTo("RELATIONSHIP_ENDED")
			.path("endRelationship.event.date")
			.entity(String.class)
			.isEqualTo("2024-01-01")
			.path("endRelationship.event.relationships[0].validTo")
			.entity(String.class)
			.isEqualTo("2024-12-31");
		this.anonymous.document("""
				{ during: entity(id: "test-link-group", asOf: "2024-06-01") {
				    relationships(types: [ADVISES]) { edges { node { id version } } } }
				  after: entity(id: "test-link-group", asOf: "2025-01-01") {
				    relationships(types: [ADVISES]) { totalCount } } }
				""")
			.execute()
			.path("during.relationships.edges[0].node.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("after.relationships.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.graphQl.document(START)
			.variable("input",
					Map.of("from", "test-link-group", "type", "ADVISES", "to", "nhs-wales-executive", "validFrom",
							"2026-02", "sources", List.of(SEED_000)))
			.execute()
			.path("startRelationship.relationship.id")
			.entity(String.class)
			.isEqualTo("test-link-group:ADVISES:nhs-wales-executive@2026-02");
	}

	@Test
	void shouldKeepAnEditorsFactsWhenTheSeedIsLoadedAgain() {
		int version = this.anonymous.document("{ entity(id: \"cluster-dwyfor\") { version } }")
			.execute()
			.path("entity.version")
			.entity(Integer.class)
			.get();
		this.graphQl.document(UPDATE)
			.variable("input",
					Map.of("id", "cluster-dwyfor", "expectedVersion", version, "note", "An editor's note.", "sources",
							List.of(SEED_000)))
			.execute()
			.path("updateEntity.entity.note")
			.entity(String.class)
			.isEqualTo("An editor's note.");
		SeedLoader.Outcome outcome = this.seed.load(true);
		assertThat(outcome.keptEdits()).contains("cluster-dwyfor");
		this.anonymous.document("{ entity(id: \"cluster-dwyfor\") { note version recordedBy } }")
			.execute()
			.path("entity.note")
			.entity(String.class)
			.isEqualTo("An editor's note.")
			.path("entity.version")
			.entity(Integer.class)
			.isEqualTo(version + 1)
			.path("entity.recordedBy")
			.entity(String.class)
			.isEqualTo(Editor.NAME);
	}

}
