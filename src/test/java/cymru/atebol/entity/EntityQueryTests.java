package cymru.atebol.entity;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.atebol.OneError;
import cymru.atebol.FixtureGraph;
import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looking entities up: by id, in lists, by name and by global id, on a date and at a
 * record time.
 */
@GraphQlFixtureTest
class EntityQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldFindAnEntityByIdWithItsNamesCodesAndSources() {
		this.graphQl.document("""
				{
				  entity(id: "swansea-bay-uhb") {
				    id kind name nameCy shortName aliases validFrom validFromPrecision validTo existsAsOf
				    codes { ods }
				    sources { section source { id title } }
				  }
				}
				""")
			.execute()
			.path("entity")
			.matchesJsonStrictly(
					"""
							{
							  "id": "swansea-bay-uhb", "kind": "HEALTH_BOARD",
							  "name": "Swansea Bay University Health Board", "nameCy": "Bwrdd Iechyd Prifysgol Bae Abertawe",
							  "shortName": "SBUHB", "aliases": ["Swansea Bay"],
							  "validFrom": "2009-10-01", "validFromPrecision": "DAY", "validTo": null, "existsAsOf": true,
							  "codes": { "ods": "7A3" },
							  "sources": [
							    { "section": "Section B > Health boards", "source": { "id": "seed-000", "title": "Cluster Working in Wales: Policy & Strategic Context" } },
							    { "section": null, "source": { "id": "gov-wales-bridgend-2019", "title": "Bridgend boundary change" } }
							  ]
							}
							""");
	}

	@Test
	void shouldNameAnEntityAsItWasCalledOnTheDate() {
		this.graphQl.document("""
				{
				  entity(id: "swansea-bay-uhb", asOf: "2015-06-01") {
				    name shortName
				    today: name(asOf: "2026-01-01")
				    names { name shortName validFrom validTo }
				  }
				}
				""")
			.execute()
			.path("entity")
			.matchesJsonStrictly(
					"""
							{
							  "name": "Abertawe Bro Morgannwg University Health Board", "shortName": "ABMU",
							  "today": "Swansea Bay University Health Board",
							  "names": [
							    { "name": "Abertawe Bro Morgannwg University Health Board", "shortName": "ABMU", "validFrom": "2009-10-01", "validTo": "2019-03-31" },
							    { "name": "Swansea Bay University Health Board", "shortName": "SBUHB", "validFrom": "2019-04-01", "validTo": null }
							  ]
							}
							""");
	}

	@Test
	void shouldAnswerNullForAnEntityThatDidNotExistOnTheDate() {
		this.graphQl.document("""
				{
				  before: entity(id: "community-health-councils", asOf: "2022-01-01") { name existsAsOf }
				  after: entity(id: "community-health-councils", asOf: "2024-01-01") { name }
				  anyDate: entity(id: "community-health-councils") { name existsAsOf validTo }
				}
				""").execute().path("").matchesJsonStrictly("""
				{
				  "before": { "name": "Community Health Councils", "existsAsOf": true },
				  "after": null,
				  "anyDate": { "name": "Community Health Councils", "existsAsOf": false, "validTo": "2023-03-31" }
				}
				""");
	}

	@Test
	void shouldAnswerNullForAnUnknownId() {
		this.graphQl.document("{ entity(id: \"no-such-body\") { id } }")
			.execute()
			.errors()
			.verify()
			.path("entity")
			.valueIsNull();
	}

	@Test
	void shouldListOnlyEntitiesThatExistOnTheDateByName() {
		this.graphQl.document("""
				{
				  in2020: entities(kind: [CITIZEN_VOICE_BODY], asOf: "2020-01-01") { totalCount edges { node { id } } }
				  in2024: entities(kind: [CITIZEN_VOICE_BODY], asOf: "2024-01-01") { totalCount edges { node { id } } }
				  clusters: entities(kind: [CLUSTER]) { totalCount edges { node { name } } }
				}
				""").execute().path("").matchesJsonStrictly("""
				{
				  "in2020": { "totalCount": 1, "edges": [ { "node": { "id": "community-health-councils" } } ] },
				  "in2024": { "totalCount": 1, "edges": [ { "node": { "id": "llais" } } ] },
				  "clusters": { "totalCount": 7, "edges": [
				    { "node": { "name": "Bay Health Cluster" } }, { "node": { "name": "Bridgend North Cluster" } },
				    { "node": { "name": "City Health Cluster" } }, { "node": { "name": "Cwmtawe Cluster" } },
				    { "node": { "name": "Llwchwr Cluster" } }, { "node": { "name": "Neath Cluster" } },
				    { "node": { "name": "Penderi Cluster" } }
				  ] }
				}
				""");
	}

	@Test
	void shouldPageThroughEntitiesWithCursors() {
		String query = """
				query ($after: String) {
				  entities(kind: [CLUSTER], first: 3, after: $after) {
				    totalCount
				    edges { cursor node { id } }
				    pageInfo { hasNextPage hasPreviousPage endCursor }
				  }
				}
				""";
		GraphQlTester.Response first = this.graphQl.document(query).execute();
		first.path("entities.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("bay-health-cluster", "bridgend-north-cluster", "city-health-cluster");
		first.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String endCursor = first.path("entities.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response second = this.graphQl.document(query).variable("after", endCursor).execute();
		second.path("entities.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("cwmtawe-cluster", "llwchwr-cluster", "neath-cluster");
		second.path("entities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		second.path("entities.totalCount").entity(Integer.class).isEqualTo(7);

		String lastCursor = second.path("entities.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response third = this.graphQl.document(query).variable("after", lastCursor).execute();
		third.path("entities.edges[*].node.id").entityList(String.class).containsExactly("penderi-cluster");
		third.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldKnowWhetherMorePagesFollowWithoutCountingThem() {
		this.graphQl
			.document(
					"""
							{
							  several: entities(kind: [CLUSTER, PAN_CLUSTER_PLANNING_GROUP], first: 7) { pageInfo { hasNextPage } edges { node { id } } }
							  all: entities(kind: [CLUSTER, PAN_CLUSTER_PLANNING_GROUP], first: 8) { pageInfo { hasNextPage } }
							  any: entities(first: 1) { pageInfo { hasNextPage } edges { node { name } } }
							}
							""")
			.execute()
			.path("")
			.matchesJsonStrictly("""
					{
					  "several": { "pageInfo": { "hasNextPage": true }, "edges": [
					    { "node": { "id": "bay-health-cluster" } }, { "node": { "id": "bridgend-north-cluster" } },
					    { "node": { "id": "city-health-cluster" } }, { "node": { "id": "cwmtawe-cluster" } },
					    { "node": { "id": "llwchwr-cluster" } }, { "node": { "id": "neath-cluster" } },
					    { "node": { "id": "penderi-cluster" } }
					  ] },
					  "all": { "pageInfo": { "hasNextPage": false } },
					  "any": { "pageInfo": { "hasNextPage": true }, "edges": [ { "node": { "name": "24/7 Model" } } ] }
					}
					""");
	}

	@Test
	void shouldFindEntitiesByAnyOfTheirNames() {
		this.graphQl.document("""
				{
				  former: entities(nameContains: "abertawe bro") { edges { node { id } } }
				  welsh: entities(nameContains: "LLYWODRAETH") { edges { node { id } } }
				  short: entities(nameContains: "npcb") { edges { node { id } } }
				}
				""").execute().path("").matchesJsonStrictly("""
				{
				  "former": { "edges": [ { "node": { "id": "swansea-bay-uhb" } } ] },
				  "welsh": { "edges": [ { "node": { "id": "welsh-government" } } ] },
				  "short": { "edges": [ { "node": { "id": "national-primary-care-board" } } ] }
				}
				""");
	}

	@Test
	void shouldRefuseACursorItDidNotIssue() {
		this.graphQl.document("{ entities(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("'after'").contains("not-a-cursor");
					assertThat(error.getExtensions()).containsEntry("argument", "after");
				});
			});
	}

	@Test
	void shouldRefuseAPageLargerThanTheMaximum() {
		this.graphQl.document("{ entities(first: 201) { totalCount } }")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.BAD_REQUEST,
					"Query.entities(first: 201) exceeds the maximum page size of 200 (atebol.limits.max-page-size)."));
	}

	@Test
	void shouldResolveEveryKindOfNodeById() {
		this.graphQl.document("""
				{
				  entity: node(id: "llais") { __typename id ... on Entity { name } }
				  relationship: node(id: "llais:ACCOUNTABLE_TO:minister-for-health-and-social-services") {
				    __typename id ... on Relationship { type upward validFrom from { id } to { id } }
				  }
				  source: node(id: "seed-000") { __typename ... on Source { title tier } }
				  unknown: node(id: "nobody") { id }
				  unknownRelationship: node(id: "llais:FUNDS:welsh-government") { id }
				}
				""")
			.execute()
			.path("")
			.matchesJsonStrictly(
					"""
							{
							  "entity": { "__typename": "Entity", "id": "llais", "name": "Llais" },
							  "relationship": {
							    "__typename": "Relationship", "id": "llais:ACCOUNTABLE_TO:minister-for-health-and-social-services",
							    "type": "ACCOUNTABLE_TO", "upward": true, "validFrom": "2023-04-01",
							    "from": { "id": "llais" }, "to": { "id": "minister-for-health-and-social-services" }
							  },
							  "source": { "__typename": "Source", "title": "Cluster Working in Wales: Policy & Strategic Context", "tier": 1 },
							  "unknown": null,
							  "unknownRelationship": null
							}
							""");
	}

	@Test
	void shouldShowTheGraphAsRecordedAtAnEarlierTime() {
		String before = FixtureGraph.CORRECTED_AT.minusDays(1).toString();
		this.graphQl.document("""
				query ($before: DateTime) {
				  then: entity(id: "cwmtawe-cluster", recordedAsOf: $before) { reportsTo { to { id } } recordedAsOf }
				  now: entity(id: "cwmtawe-cluster") { reportsTo { to { id } } recordedAsOf }
				  addedLater: entity(id: "primary-care-reference-group", recordedAsOf: $before) { id }
				  groupsThen: entities(kind: [GROUP], recordedAsOf: $before) { totalCount }
				  groupsNow: entities(kind: [GROUP]) { totalCount }
				}
				""")
			.variable("before", before)
			.execute()
			.path("")
			.matchesJsonStrictly(
					"""
							{
							  "then": { "reportsTo": [ { "to": { "id": "cwm-taf-morgannwg-uhb" } }, { "to": { "id": "swansea-bay-uhb" } } ],
							    "recordedAsOf": "2026-05-31T12:00:00Z" },
							  "now": { "reportsTo": [ { "to": { "id": "swansea-bay-uhb" } } ], "recordedAsOf": null },
							  "addedLater": null,
							  "groupsThen": { "totalCount": 0 },
							  "groupsNow": { "totalCount": 1 }
							}
							""");
	}

	@Test
	void shouldCarrySourcedCounts() {
		this.graphQl.document("""
				{ entity(id: "swansea-bay-uhb") { counts { of value asOf asOfPrecision sources { source { id } } } } }
				""")
			.execute()
			.path("entity.counts")
			.matchesJsonStrictly(
					"""
							[ { "of": "CLUSTER", "value": 8, "asOf": "2021-01-01", "asOfPrecision": "YEAR", "sources": [ { "source": { "id": "seed-000" } } ] } ]
							""");
	}

	@Test
	void shouldListSources() {
		this.graphQl.document("{ sources { id } source(id: \"senedd-names-law\") { url } }")
			.execute()
			.path("sources[*].id")
			.entityList(String.class)
			.isEqualTo(List.of("gov-wales-bridgend-2019", "gov-wales-nhs-executive", "seed-000", "senedd-names-law"))
			.path("source.url")
			.entity(String.class)
			.isEqualTo("https://senedd.wales/senedd-now/news/senedd-cymru-and-welsh-parliament-names-become-law/");
	}

}
