package cymru.atebol.history;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.SeededServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure on any date and what changed between two dates, on the seeded graph. */
@SeededServiceTest
class HistoryIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldShowNwisBeforeDhcwAndDhcwAfterIt() {
		String document = """
				query On($date: Date!) {
				  nwis: entity(id: "nhs-wales-informatics-service", asOf: $date) { id }
				  dhcw: entity(id: "digital-health-and-care-wales", asOf: $date) { id }
				}
				""";
		this.graphQl.document(document)
			.variable("date", "2020-06-01")
			.execute()
			.path("nwis.id")
			.entity(String.class)
			.isEqualTo("nhs-wales-informatics-service")
			.path("dhcw")
			.valueIsNull();
		this.graphQl.document(document)
			.variable("date", "2022-01-01")
			.execute()
			.path("nwis")
			.valueIsNull()
			.path("dhcw.id")
			.entity(String.class)
			.isEqualTo("digital-health-and-care-wales");
	}

	@Test
	void shouldShowLlaisInPlaceOfTheCommunityHealthCouncilsIn2023() {
		this.graphQl.document("""
				{ llais: entity(id: "llais", asOf: "2023-06-01") { id }
				  chcs: entity(id: "community-health-councils", asOf: "2023-06-01") { id }
				  before: entity(id: "community-health-councils", asOf: "2023-03-31") { id validTo } }
				""")
			.execute()
			.path("llais.id")
			.entity(String.class)
			.isEqualTo("llais")
			.path("chcs")
			.valueIsNull()
			.path("before.validTo")
			.entity(String.class)
			.isEqualTo("2023-03-31");
	}

	@Test
	void shouldMoveBridgendToCwmTafMorgannwgOnTheFirstOfApril2019() {
		String document = """
				query On($date: Date!) {
				  entity(id: "bridgend", asOf: $date) {
				    relationships(types: [IN_AREA_OF], direction: OUTGOING) { edges { node { to { id name } } } }
				  }
				}
				""";
		this.graphQl.document(document)
			.variable("date", "2019-03-31")
			.execute()
			.path("entity.relationships.edges[*].node.to.name")
			.entityList(String.class)
			.containsExactly("Abertawe Bro Morgannwg University Health Board");
		this.graphQl.document(document)
			.variable("date", "2019-04-01")
			.execute()
			.path("entity.relationships.edges[*].node.to.name")
			.entityList(String.class)
			.containsExactly("Cwm Taf Morgannwg University Health Board");
	}

	@Test
	void shouldListTheChangesBetween2018And2024WithTheirSources() {
		this.graphQl.document("""
				{ diff(from: "2018-01-01", to: "2024-01-01") {
				    entitiesAdded { id } entitiesRemoved { id }
				    renamed { entity { id } fromName toName }
				    relationshipsStarted { id } relationshipsEnded { id }
				    events { id kind date sources { source { id } } } } }
				""")
			.execute()
			// the counts docs/time.md gives
			.path("diff.entitiesAdded[*].id")
			.entityList(String.class)
			.hasSize(26)
			.contains("digital-health-and-care-wales", "llais", "heiw", "nhs-wales-executive")
			.path("diff.entitiesRemoved[*].id")
			.entityList(String.class)
			.hasSize(15)
			.contains("nhs-wales-informatics-service", "community-health-councils", "wales-deanery")
			.path("diff.relationshipsStarted")
			.entityList(Object.class)
			.hasSize(351)
			.path("diff.relationshipsEnded")
			.entityList(Object.class)
			.hasSize(85)
			.path("diff.events")
			.entityList(Object.class)
			.hasSize(27)
			.path("diff.renamed[?(@.entity.id == 'swansea-bay-uhb')].fromName")
			.entityList(String.class)
			.containsExactly("Abertawe Bro Morgannwg University Health Board")
			.path("diff.renamed[*].entity.id")
			.entityList(String.class)
			.contains("cwm-taf-morgannwg-uhb", "senedd-cymru")
			.path("diff.relationshipsStarted[*].id")
			.entityList(String.class)
			.contains("bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb")
			.path("diff.relationshipsEnded[*].id")
			.entityList(String.class)
			.contains("bridgend:IN_AREA_OF:swansea-bay-uhb")
			.path("diff.events[?(@.kind == 'MOVED')].id")
			.entityList(String.class)
			.containsExactly("2019-bridgend-boundary-change")
			.path("diff.events[*].date")
			.entityList(String.class)
			.satisfies(dates -> assertThat(dates).hasSizeGreaterThan(1).isSorted())
			.path("diff.events[?(@.id == 'replaced-2021-04-01-digital-health-and-care-wales')].sources[*].source.id")
			.entityList(String.class)
			.contains("seed-000");
	}

	@Test
	void shouldTellTheStoryOfAMoveWithTheRelationshipsItEndedAndBegan() {
		this.graphQl.document("""
				{ node(id: "2019-bridgend-boundary-change") {
				    ... on ChangeEvent { kind datePrecision derived recordedBy
				      entities { id name }
				      relationships { id validFrom validTo to { name } } } } }
				""")
			.execute()
			.path("node.kind")
			.entity(String.class)
			.isEqualTo("MOVED")
			.path("node.derived")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("node.recordedBy")
			.entity(String.class)
			.isEqualTo("seed")
			.path("node.relationships[*].id")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("bridgend:IN_AREA_OF:swansea-bay-uhb",
					"bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb", "cluster-bridgend-east:PART_OF:swansea-bay-uhb",
					"cluster-bridgend-east:PART_OF:cwm-taf-morgannwg-uhb",
					"cluster-bridgend-west:PART_OF:swansea-bay-uhb",
					"cluster-bridgend-west:PART_OF:cwm-taf-morgannwg-uhb",
					"cluster-bridgend-north:PART_OF:swansea-bay-uhb",
					"cluster-bridgend-north:PART_OF:cwm-taf-morgannwg-uhb", "swansea-bay-uhb:MEMBER_OF:psb-bridgend",
					"cwm-taf-morgannwg-uhb:MEMBER_OF:psb-bridgend", "bridgend:MEMBER_OF:rpb-west-glamorgan",
					"bridgend:MEMBER_OF:rpb-cwm-taf-morgannwg"))
			.path("node.entities[?(@.id == 'swansea-bay-uhb')].name")
			.entityList(String.class)
			.containsExactly("Swansea Bay University Health Board");
	}

	@Test
	void shouldPageChangeEventsInDateOrder() {
		List<String> dates = this.graphQl.document("""
				{ changes(from: "2009-01-01", to: "2025-12-31", first: 200) { totalCount edges { node { date } } } }
				""").execute().path("changes.edges[*].node.date").entityList(String.class).get();
		assertThat(dates).isNotEmpty().isSorted();
		String second = this.graphQl.document("""
				{ first: changes(first: 1) { pageInfo { endCursor hasNextPage } } }
				""").execute().path("first.pageInfo.endCursor").entity(String.class).get();
		this.graphQl
			.document("query Next($after: String) { changes(first: 1, after: $after) { edges { node { id } } } }")
			.variable("after", second)
			.execute()
			.path("changes.edges")
			.entityList(Object.class)
			.hasSize(1);
	}

	@Test
	void shouldGiveAnEntitysTimelineWithItsRenameAndRelationships() {
		this.graphQl.document("""
				{ entity(id: "swansea-bay-uhb") { history {
				    names { name validTo }
				    entries { date description starts event { kind } relationship { type } }
				    events { kind date } } } }
				""")
			.execute()
			.path("entity.history.names[0].name")
			.entity(String.class)
			.isEqualTo("Abertawe Bro Morgannwg University Health Board")
			.path("entity.history.events[*].kind")
			.entityList(String.class)
			.contains("RENAMED")
			.path("entity.history.events[*].date")
			.entityList(String.class)
			.satisfies(dates -> assertThat(dates).isSorted())
			.path("entity.history.entries[?(@.event.kind == 'RENAMED')].date")
			.entityList(String.class)
			.containsExactly("2019-04-01")
			.path("entity.history.entries[?(@.relationship.type == 'IN_AREA_OF' && @.starts == false)].description")
			.entityList(String.class)
			.contains(
					"Ended (last day it held): Bridgend is in the area of Abertawe Bro Morgannwg University Health Board");
	}

	@Test
	void shouldRefuseADiffThatEndsBeforeItBegins() {
		this.graphQl.document("{ diff(from: \"2024-01-01\", to: \"2018-01-01\") { from } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'to'").contains("must not be before 'from' (2024-01-01)");
			}));
	}

}
