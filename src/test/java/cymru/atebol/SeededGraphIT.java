package cymru.atebol;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import cymru.atebol.seed.CoverageReport;
import cymru.atebol.seed.SeedLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions the seed documents answer, asked of the seeded graph through the API: who
 * the primary care programme reports to, what the NHS Wales Executive comprised, what
 * HEIW brought together, which clusters Powys has, and how every cluster answers to the
 * Senedd.
 */
@SeededServiceTest
class SeededGraphIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	SeedLoader seed;

	@Autowired
	CoverageReport coverage;

	@Test
	void shouldFollowTheStrategicProgrammeForPrimaryCareAllTheWayUp() {
		List<String> firstRoute = this.graphQl.document("""
				{ accountabilityChain(from: "strategic-programme-for-primary-care") {
				    routes { steps { relationship { type sources { source { id } } } entity { id } } }
				    tops { id } } }
				""").execute().path("accountabilityChain.routes[0].steps[*].entity.id").entityList(String.class).get();
		assertThat(firstRoute).containsExactly("national-primary-care-board", "nhs-wales-leadership-board");
	}

	@Test
	void shouldServeTheVocabularyWithItsLabelsAndHowChartsDrawEachType() {
		this.graphQl.document("""
				{ vocabulary {
				    kinds { kind label labelCy }
				    relationTypes { type upward dotted label labelCy } } }
				""")
			.execute()
			.path("vocabulary.kinds[?(@.kind == 'NHS_TRUST')]")
			.matchesJsonStrictly("""
					[{"kind": "NHS_TRUST", "label": "NHS trust", "labelCy": "Ymddiriedolaeth GIG"}]""")
			.path("vocabulary.relationTypes[?(@.upward == true || @.dotted == true)].type")
			.entityList(String.class)
			.containsExactly("ACCOUNTABLE_TO", "REPORTS_TO", "PART_OF", "HOSTED_BY", "OPERATES_UNDER", "MEMBER_OF",
					"PARTICIPATES_IN", "ADVISES", "INFORMS", "IN_AREA_OF")
			.path("vocabulary.relationTypes[?(@.type == 'IN_AREA_OF')]")
			.matchesJsonStrictly("""
					[{"type": "IN_AREA_OF", "upward": false, "dotted": true, "label": "in the area of",
					  "labelCy": "yn ardal"}]""");
	}

	@Test
	void shouldHoldTheSixWorkStreamsBelowTheStrategicProgramme() {
		List<String> below = this.graphQl.document("""
				{ subgraph(root: "strategic-programme-for-primary-care", depth: 1) {
				    nodes { depth entity { id kind } } } }
				""")
			.execute()
			.path("subgraph.nodes[?(@.entity.kind == 'WORK_STREAM')].entity.id")
			.entityList(String.class)
			.get();
		assertThat(below).hasSize(6).allSatisfy(id -> assertThat(id).startsWith("sppc-work-stream-"));
	}

	@Test
	void shouldReachTheSeneddFromEveryClusterThroughItsHealthBoard() {
		List<String> clusters = this.graphQl
			.document("{ entities(kind: [CLUSTER], first: 100) { edges { node { id } } } }")
			.execute()
			.path("entities.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(clusters).hasSizeGreaterThanOrEqualTo(60);
		for (String cluster : clusters) {
			List<Map<String, Object>> routes = this.graphQl.document("""
					query Chain($id: ID!) { accountabilityChain(from: $id) { routes { steps { entity { id kind } } } } }
					""").variable("id", cluster).execute().path("accountabilityChain.routes").entity(LIST).get();
			assertThat(routes).as(cluster)
				.anySatisfy(route -> assertThat(route.toString()).contains("kind=HEALTH_BOARD")
					.endsWith("{entity={id=senedd-cymru, kind=LEGISLATURE}}]}"));
		}
	}

	@Test
	void shouldLinkAClusterToTheNationalPrimaryCareBoard() {
		List<String> firstPath = this.graphQl.document("""
				{ paths(from: "cluster-north-powys", to: "national-primary-care-board") {
				    length steps { relationship { type } entity { id } } } }
				""").execute().path("paths[0].steps[*].entity.id").entityList(String.class).get();
		assertThat(firstPath).isNotEmpty().last().isEqualTo("national-primary-care-board");
	}

	@Test
	void shouldSayWhatTheNhsWalesExecutiveComprisedAndWhoHostsIt() {
		this.graphQl.document("""
				{ entity(id: "nhs-wales-executive", asOf: "2024-01-01") {
				    name
				    reportsTo { type to { id } }
				    reports(first: 20) { edges { node { type validFrom from { id } } } } } }
				""")
			.execute()
			.path("entity.name")
			.entity(String.class)
			.isEqualTo("NHS Wales Executive")
			.path("entity.reportsTo[?(@.type == 'HOSTED_BY')].to.id")
			.entityList(String.class)
			.containsExactly("public-health-wales")
			.path("entity.reports.edges[?(@.node.type == 'PART_OF')].node.from.id")
			.entityList(String.class)
			.contains("nhs-wales-health-collaborative", "nhs-wales-delivery-unit", "nhs-wales-finance-delivery-unit",
					"improvement-cymru");
	}

	@Test
	void shouldSayWhatHeiwBroughtTogetherAndWhen() {
		this.graphQl.document("""
				{ changes(entity: "heiw", kinds: [REPLACED]) {
				    edges { node { date predecessors { id } sources { source { id } } } } } }
				""")
			.execute()
			.path("changes.edges[0].node.date")
			.entity(String.class)
			.isEqualTo("2018-10-01")
			.path("changes.edges[0].node.predecessors[*].id")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("wales-deanery",
					"workforce-education-and-development-services",
					"wales-centre-for-pharmacy-professional-education"));
	}

	@Test
	void shouldListTheClustersOfPowysTeachingHealthBoardWithTheirCount() {
		this.graphQl.document("""
				{ entity(id: "powys-thb") {
				    counts { of value }
				    reports(first: 50) { edges { node { type from { id kind } } } } } }
				""")
			.execute()
			.path("entity.reports.edges[?(@.node.from.kind == 'CLUSTER')].node.from.id")
			.entityList(String.class)
			// a page is in name order within a type: Mid, North, South Powys
			.containsExactly("cluster-mid-powys", "cluster-north-powys", "cluster-south-powys")
			.path("entity.counts[?(@.of == 'CLUSTER')].value")
			.entityList(Integer.class)
			.contains(3);
	}

	@Test
	void shouldGiveTheSameGraphWhenTheSeedIsLoadedAgain() {
		CoverageReport.Coverage before = this.coverage.coverage();
		SeedLoader.Outcome again = this.seed.load(true);
		assertThat(List.of(again.created(), again.updated(), again.retracted())).containsOnly(0);
		assertThat(this.coverage.coverage()).isEqualTo(before);
	}

}
