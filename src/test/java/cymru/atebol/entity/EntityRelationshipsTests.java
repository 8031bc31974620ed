package cymru.atebol.entity;

import org.junit.jupiter.api.Test;

import cymru.atebol.OneError;
import cymru.atebol.GraphQlFixtureTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nested fields that follow relationships from an entity, on its date or their own.
 */
@GraphQlFixtureTest
class EntityRelationshipsTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void shouldFollowReportsToOnTheDateTheEntityWasFetchedAt() {
		this.graphQl
			.document(
					"""
							{
							  before: entity(id: "bridgend-north-cluster", asOf: "2018-06-01") { reportsTo { type validTo to { id name } } }
							  after: entity(id: "bridgend-north-cluster", asOf: "2020-06-01") { reportsTo { type validFrom to { id name } } }
							  ownDate: entity(id: "bridgend-north-cluster", asOf: "2020-06-01") { reportsTo(asOf: "2018-06-01") { to { name } } }
							}
							""")
			.execute()
			.path("")
			.matchesJsonStrictly(
					"""
							{
							  "before": { "reportsTo": [ { "type": "PART_OF", "validTo": "2019-03-31",
							    "to": { "id": "swansea-bay-uhb", "name": "Abertawe Bro Morgannwg University Health Board" } } ] },
							  "after": { "reportsTo": [ { "type": "PART_OF", "validFrom": "2019-04-01",
							    "to": { "id": "cwm-taf-morgannwg-uhb", "name": "Cwm Taf Morgannwg University Health Board" } } ] },
							  "ownDate": { "reportsTo": [ { "to": { "name": "Abertawe Bro Morgannwg University Health Board" } } ] }
							}
							""");
	}

	@Test
	void shouldCountChildrenAndPageThroughReports() {
		GraphQlTester.Response response = this.graphQl
			.document(
					"""
							{
							  entity(id: "swansea-bay-uhb") {
							    childCount hasChildren
							    in2018: childCount(asOf: "2018-06-01")
							    reports(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { from { id } to { id } } } }
							  }
							  leaf: entity(id: "neath-cluster") { childCount hasChildren }
							}
							""")
			.execute();
		response.path("entity.childCount").entity(Integer.class).isEqualTo(7);
		response.path("entity.hasChildren").entity(Boolean.class).isEqualTo(true);
		response.path("entity.in2018").entity(Integer.class).isEqualTo(7);
		response.path("entity.reports.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("entity.reports.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("entity.reports.edges[*].node.to.id")
			.entityList(String.class)
			.containsExactly("swansea-bay-uhb", "swansea-bay-uhb", "swansea-bay-uhb");
		response.path("entity.reports.edges[*].node.from.id")
			.entityList(String.class)
			.containsExactly("bay-health-cluster", "city-health-cluster", "cwmtawe-cluster");
		response.path("leaf").matchesJsonStrictly("{ \"childCount\": 0, \"hasChildren\": false }");
	}

	@Test
	void shouldFilterRelationshipsByDirectionAndType() {
		this.graphQl
			.document(
					"""
							{
							  entity(id: "swansea-bay-uhb") {
							    outgoing: relationships(direction: OUTGOING) { totalCount edges { node { type upward to { id } } } }
							    memberships: relationships(types: [MEMBER_OF]) { edges { node { type from { id } to { id } note } } }
							    incomingDotted: relationships(direction: INCOMING, types: [MEMBER_OF, ADVISES]) { totalCount }
							  }
							}
							""")
			.execute()
			.path("entity")
			.matchesJsonStrictly(
					"""
							{
							  "outgoing": { "totalCount": 2, "edges": [
							    { "node": { "type": "ACCOUNTABLE_TO", "upward": true, "to": { "id": "minister-for-health-and-social-services" } } },
							    { "node": { "type": "MEMBER_OF", "upward": false, "to": { "id": "national-primary-care-board" } } }
							  ] },
							  "memberships": { "edges": [ { "node": { "type": "MEMBER_OF", "from": { "id": "swansea-bay-uhb" },
							    "to": { "id": "national-primary-care-board" }, "note": "Its director of primary care sits on the board." } } ] },
							  "incomingDotted": { "totalCount": 0 }
							}
							""");
	}

	/**
	 * The other end must exist on the date; the entity asked about need not, so a
	 * dissolved body still shows what replaced it.
	 */
	@Test
	void shouldReachOnlyEntitiesThatExistOnTheDate() {
		this.graphQl.document("""
				{
				  in2022: entity(id: "llais") { relationships(asOf: "2022-06-01") { totalCount } }
				  dissolved: entity(id: "community-health-councils") {
				    relationships(asOf: "2024-06-01") { edges { node { type to { id existsAsOf } } } }
				  }
				  ministerIn2022: entity(id: "minister-for-health-and-social-services", asOf: "2022-06-01") {
				    reports(first: 50) { edges { node { from { id } } } }
				  }
				}
				""").execute().path("").matchesJsonStrictly("""
				{
				  "in2022": { "relationships": { "totalCount": 0 } },
				  "dissolved": { "relationships": { "edges": [
				    { "node": { "type": "REPLACED_BY", "to": { "id": "llais", "existsAsOf": true } } }
				  ] } },
				  "ministerIn2022": { "reports": { "edges": [
				    { "node": { "from": { "id": "community-health-councils" } } },
				    { "node": { "from": { "id": "cwm-taf-morgannwg-uhb" } } },
				    { "node": { "from": { "id": "public-health-wales" } } },
				    { "node": { "from": { "id": "swansea-bay-uhb" } } },
				    { "node": { "from": { "id": "west-glamorgan-rpb" } } }
				  ] } }
				}
				""");
	}

	@Test
	void shouldRefuseANestedPageBeyondTheMaximumBeforeRunningAnything() {
		this.graphQl.document("{ entity(id: \"llais\") { id relationships(first: 500) { totalCount } } }")
			.execute()
			.errors()
			.satisfy(OneError.of(ErrorType.BAD_REQUEST,
					"Entity.relationships(first: 500) exceeds the maximum page size of 200 (atebol.limits.max-page-size)."))
			.path("entity")
			.pathDoesNotExist();
	}

}
