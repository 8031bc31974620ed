package cymru.atebol;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the seeded graph says on a given date can be trusted: no fact is in force before
 * it began, the clusters and their boards are all there, the Bridgend clusters follow
 * their health board across the 2019 boundary change, and every local authority area has
 * its Public Services Board.
 */
@SeededServiceTest
class TimeTruthSeededIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final List<String> BRIDGEND_CLUSTERS = List.of("cluster-bridgend-east", "cluster-bridgend-west",
			"cluster-bridgend-north");

	private HttpGraphQlTester graphQl;

	@Autowired
	void setGraphQl(HttpGraphQlTester graphQl) {
		// the whole-graph questions below take longer than the tester's 5 s on a busy
		// machine
		this.graphQl = graphQl.mutate().webTestClient(http -> http.responseTimeout(Duration.ofSeconds(60))).build();
	}

	@Test
	void shouldHaveNoClustersIn2005() {
		this.graphQl.document("{ entities(kind: [CLUSTER], asOf: \"2005-01-01\") { totalCount } }")
			.execute()
			.path("entities.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	/**
	 * The 2021 map has 60 clusters, and a source names each of them (11 only as at June
	 * 2015; graph-seed/README.md, Gaps).
	 */
	@Test
	void shouldHaveEveryNamedClusterTodayEachWithANameAndItsHealthBoard() {
		List<Map<String, Object>> clusters = this.graphQl
			.document(
					"""
							{ entities(kind: [CLUSTER], first: 70) { totalCount edges { node { id name
							    relationships(types: [PART_OF], direction: OUTGOING, first: 5) { edges { node { to { id kind } } } } } } } }
							""")
			.execute()
			.path("entities.edges[*].node")
			.entity(LIST)
			.get();
		assertThat(clusters).hasSize(60).allSatisfy(cluster -> {
			assertThat((String) cluster.get("name")).as("name of %s", cluster.get("id")).isNotBlank();
			assertThat(cluster.get("relationships").toString()).as("board of %s", cluster.get("id"))
				.contains("kind=HEALTH_BOARD");
		});
	}

	@Test
	void shouldAnswerForABridgendClusterThroughAbertaweBroMorgannwgIn2016() {
		for (String cluster : BRIDGEND_CLUSTERS) {
			assertThat(chainEntities(cluster, "2016-06-01")).as(cluster)
				.contains("swansea-bay-uhb")
				.doesNotContain("cwm-taf-morgannwg-uhb");
		}
	}

	@Test
	void shouldAnswerForABridgendClusterThroughCwmTafMorgannwgFromApril2019() {
		for (String cluster : BRIDGEND_CLUSTERS) {
			assertThat(chainEntities(cluster, "2019-04-01")).as(cluster)
				.contains("cwm-taf-morgannwg-uhb")
				.doesNotContain("swansea-bay-uhb");
		}
	}

	@Test
	void shouldListTheBridgendClustersMovesInTheDiffOfTheFirstOfApril2019() {
		this.graphQl.document("""
				{ diff(from: "2019-03-31", to: "2019-04-01") { relationshipsStarted { id } relationshipsEnded { id } } }
				""")
			.execute()
			.path("diff.relationshipsStarted[*].id")
			.entityList(String.class)
			.contains(BRIDGEND_CLUSTERS.stream().map(c -> c + ":PART_OF:cwm-taf-morgannwg-uhb").toArray(String[]::new))
			.path("diff.relationshipsEnded[*].id")
			.entityList(String.class)
			.contains(BRIDGEND_CLUSTERS.stream().map(c -> c + ":PART_OF:swansea-bay-uhb").toArray(String[]::new));
	}

	@Test
	void shouldGiveEveryLocalAuthorityItsPublicServicesBoardTodayAndIn2016() {
		for (String date : List.of(java.time.LocalDate.now().toString(), "2016-06-01")) {
			List<Map<String, Object>> authorities = this.graphQl
				.document(
						"""
								query Boards($date: Date!) { entities(kind: [LOCAL_AUTHORITY], asOf: $date, first: 25) { edges { node { id
								    relationships(types: [MEMBER_OF], direction: OUTGOING, asOf: $date, first: 10) {
								      edges { node { to { id kind } } } } } } } }
								""")
				.variable("date", date)
				.execute()
				.path("entities.edges[*].node")
				.entity(LIST)
				.get();
			assertThat(authorities).as("local authorities on %s", date)
				.hasSize(22)
				.allSatisfy(authority -> assertThat(authority.get("relationships").toString())
					.as("%s on %s", authority.get("id"), date)
					.contains("kind=PUBLIC_SERVICES_BOARD"));
		}
	}

	private List<String> chainEntities(String cluster, String date) {
		return this.graphQl.document("""
				query Chain($id: ID!, $date: Date) { accountabilityChain(from: $id, asOf: $date) {
				    routes { steps { entity { id } } } } }
				""")
			.variable("id", cluster)
			.variable("date", date)
			.execute()
			.path("accountabilityChain.routes[*].steps[*].entity.id")
			.entityList(String.class)
			.get();
	}

}
