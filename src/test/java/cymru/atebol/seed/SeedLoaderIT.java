package cymru.atebol.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cymru.atebol.neo4j.Graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading the seed into a real Neo4j: all or nothing, idempotent, and never losing a
 * superseded fact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "atebol.seed.location=" + SeedFixture.LOCATION, "atebol.seed.load-on-startup=false" })
class SeedLoaderIT {

	@Autowired
	SeedLoader loader;

	@Autowired
	Graph graph;

	@Autowired
	CoverageReport coverage;

	@BeforeEach
	void emptyGraph() {
		this.graph.write("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n", Map.of());
	}

	@Test
	void shouldLoadEveryEntityRelationshipSourceAndEvent() {
		SeedLoader.Outcome outcome = this.loader.load(SeedFixture.valid().files(), false);
		assertThat(outcome.loaded()).isTrue();
		CoverageReport.Coverage coverage = this.coverage.coverage();
		assertThat(coverage.entities()).isEqualTo(33);
		assertThat(coverage.relationships()).isEqualTo(40);
		assertThat(coverage.sources()).isEqualTo(4);
		assertThat(coverage.names()).isEqualTo(4);
		assertThat(coverage.counts()).isEqualTo(1);
		assertThat(coverage.changeKinds()).extracting(CoverageReport.Line::what)
			.containsExactly("ESTABLISHED", "MOVED", "RENAMED", "REPLACED");
	}

	@Test
	void shouldStoreDatesAsPeriodsWithTheirPrecision() {
		this.loader.load(SeedFixture.valid().files(), false);
		Map<String, Object> dates = single("""
				MATCH (p:Entity {id: 'strategic-programme-for-primary-care'}),
					(:Entity {id: 'nhs-wales-executive'})-[:HAS_NAME]->(n:Name),
					(:Entity {id: 'swansea-bay-uhb'})-[:HAS_COUNT]->(c:Count)
				RETURN p.validFrom AS from, p.validFromPrecision AS precision, n.validTo AS nameTo,
					n.validToPrecision AS namePrecision, c.asOf AS countAsOf, c.asOfPrecision AS countPrecision
				""");
		assertThat(dates).containsEntry("from", java.time.LocalDate.of(2018, 11, 1))
			.containsEntry("precision", "MONTH")
			.containsEntry("nameTo", java.time.LocalDate.of(2025, 5, 31))
			.containsEntry("namePrecision", "MONTH")
			.containsEntry("countAsOf", java.time.LocalDate.of(2021, 1, 1))
			.containsEntry("countPrecision", "YEAR");
		assertThat(single("MATCH (e:Entity {id: 'senedd-cymru'}) RETURN e.otherNames AS otherNames")).containsEntry(
				"otherNames",
				"National Assembly for Wales | Assembly | Cynulliad Cenedlaethol Cymru | Welsh Parliament");
	}

	@Test
	void shouldStoreABoundOnAStartAndTheEarliestEvidenceOfIt() {
		this.loader.load(SeedFixture.valid()
			.replace("entities/bodies.yaml", "  name: Bridgend\n", "  name: Bridgend\n  notBefore: 1996-04\n")
			.replace("relationships/structure.yaml", "  to: senedd-cymru\n", "  to: senedd-cymru\n  notBefore: 1999\n")
			.files(), false);
		assertThat(single("""
				MATCH (e:Entity {id: 'bridgend'})
				RETURN e.notBefore AS from, e.notBeforePrecision AS precision,
					e.evidencedFrom AS evidenced, e.evidencedFromPrecision AS evidencedPrecision
				""")).containsEntry("from", java.time.LocalDate.of(1996, 4, 1))
			.containsEntry("precision", "MONTH")
			.containsEntry("evidenced", java.time.LocalDate.of(2019, 1, 16))
			.containsEntry("evidencedPrecision", "DAY");
		assertThat(this.graph.read("""
				MATCH (:Entity)-[r]->(:Entity)
				RETURN r.id + ' ' + coalesce(toString(r.notBefore) + ' ' + r.notBeforePrecision, '-') + ' '
					+ coalesce(toString(r.evidencedFrom) + ' ' + r.evidencedFromPrecision, '-') AS line ORDER BY line
				""", Map.of(), r -> r.get("line").asString())).contains(
				"bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb - 2019-01-16 DAY",
				"bridgend:IN_AREA_OF:swansea-bay-uhb - 2019-01-16 DAY",
				"minister-for-health-and-social-services:ACCOUNTABLE_TO:senedd-cymru 1999-01-01 YEAR -",
				"nhs-wales-informatics-service:HOSTED_BY:velindre - -",
				"nhs-wales-informatics-service:REPLACED_BY:dhcw - -");
	}

	@Test
	void shouldGroupAReplacementAndDeriveRenamesFromNames() {
		this.loader.load(SeedFixture.valid().files(), false);
		assertThat(this.graph.read("""
				MATCH (c:ChangeEvent) WHERE c.kind IN ['REPLACED', 'RENAMED']
				RETURN c.id + ' ' + toString(c.date) + ' ' + c.description AS line ORDER BY line
				""", Map.of(), r -> r.get("line").asString())).containsExactly(
				"renamed-cwm-taf-morgannwg-uhb-2019-04-01 2019-04-01 Cwm Taf University Health Board was renamed Cwm Taf Morgannwg University Health Board",
				"renamed-senedd-cymru-2020-05-06 2020-05-06 National Assembly for Wales was renamed Senedd Cymru",
				"renamed-swansea-bay-uhb-2019-04-01 2019-04-01 Abertawe Bro Morgannwg University Health Board was renamed Swansea Bay University Health Board",
				"replaced-2021-04-01-dhcw 2021-04-01 NHS Wales Informatics Service was replaced by Digital Health and Care Wales",
				"replaced-2023-04-01-llais 2023-04-01 Community Health Councils was replaced by Llais");
		assertThat(this.graph.read("""
				MATCH (c:ChangeEvent {id: 'replaced-2021-04-01-dhcw'})-[t:TOUCHED]->(e)
				RETURN t.role + ' ' + e.id AS line ORDER BY line
				""", Map.of(), r -> r.get("line").asString()))
			.containsExactly("PREDECESSOR nhs-wales-informatics-service", "SUCCESSOR dhcw");
	}

	@Test
	void shouldChangeNothingWhenTheSameSeedIsLoadedAgain() {
		this.loader.load(SeedFixture.valid().files(), false);
		String before = fingerprint();
		assertThat(this.loader.load(SeedFixture.valid().files(), false).loaded()).isFalse();
		SeedLoader.Outcome forced = this.loader.load(SeedFixture.valid().files(), true);
		assertThat(forced.loaded()).isTrue();
		assertThat(List.of(forced.created(), forced.updated(), forced.retracted())).containsOnly(0);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void shouldSupersedeAChangedRelationshipInsteadOfOverwritingIt() {
		this.loader.load(SeedFixture.valid().files(), false);
		this.loader.load(SeedFixture.valid()
			.replace("relationships/structure.yaml", "  to: senedd-cymru\n",
					"  to: senedd-cymru\n  validFrom: 2020-05-06\n")
			.files(), false);
		assertThat(this.graph.read(
				"""
						MATCH (:Entity {id: 'minister-for-health-and-social-services'})-[r:ACCOUNTABLE_TO]->(:Entity {id: 'senedd-cymru'})
						RETURN r.version AS version, r.validFrom AS validFrom, r.recordedTo IS NULL AS current
						ORDER BY version
						""",
				Map.of(),
				r -> r.get("version").asLong() + " " + r.get("validFrom") + " " + r.get("current").asBoolean()))
			.containsExactly("1 NULL false", "2 2020-05-06 true");
	}

	@Test
	void shouldKeepTheSupersededVersionOfAChangedEntity() {
		this.loader.load(SeedFixture.valid().files(), false);
		this.loader.load(SeedFixture.valid()
			.replace("entities/bodies.yaml", "name: Velindre University NHS Trust", "name: Velindre NHS Trust")
			.files(), false);
		Map<String, Object> velindre = single(
				"""
						MATCH (e:Entity {id: 'velindre'})<-[:REVISION_OF]-(old:EntityRevision)
						RETURN e.name AS name, e.version AS version, old.name AS oldName, old.recordedTo IS NOT NULL AS superseded,
							e.recordedFrom = old.recordedFrom AS stillFirstRecorded, old.recordedTo = e.versionRecordedFrom AS contiguous
						""");
		assertThat(velindre).containsEntry("name", "Velindre NHS Trust")
			.containsEntry("version", 2L)
			.containsEntry("oldName", "Velindre University NHS Trust")
			.containsEntry("superseded", true)
			.containsEntry("stillFirstRecorded", true)
			.containsEntry("contiguous", true);
	}

	@Test
	void shouldRetractAFactTheSeedNoLongerHasWithoutDeletingIt() {
		this.loader.load(SeedFixture.valid().files(), false);
		SeedLoader.Outcome outcome = this.loader.load(SeedFixture.valid().replace("relationships/structure.yaml", """
				- from: nhs-wales-informatics-service
				  type: HOSTED_BY
				  to: velindre
				  validTo: 2021-03-31
				  sources: ["seed-000 § All Wales NHS Trusts"]
				""", "").files(), false);
		assertThat(outcome.retracted()).isEqualTo(1);
		assertThat(single("""
				MATCH (:Entity {id: 'nhs-wales-informatics-service'})-[r:HOSTED_BY]->()
				RETURN count(r) AS all, count(CASE WHEN r.recordedTo IS NULL THEN r END) AS current
				""")).containsEntry("all", 1L).containsEntry("current", 0L);
	}

	@Test
	void shouldWriteNothingWhenAnyFileIsInvalid() {
		this.loader.load(SeedFixture.valid().files(), false);
		String before = fingerprint();
		SeedFixture broken = SeedFixture.valid()
			.replace("entities/bodies.yaml", "name: Velindre University NHS Trust", "name: Velindre NHS Trust")
			.replace("relationships/structure.yaml", "to: velindre", "to: velindr");
		assertThatExceptionOfType(InvalidSeedException.class).isThrownBy(() -> this.loader.load(broken.files(), true))
			.withMessageContaining("relationships/structure.yaml:6: 'to' names an unknown entity 'velindr'")
			.withMessageContaining("nothing was written");
		assertThat(fingerprint()).isEqualTo(before);
	}

	/**
	 * Every node and relationship with every property (but the load time): equal
	 * fingerprints mean an equal graph.
	 */
	private String fingerprint() {
		return this.graph.read("""
				MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SeedState
				OPTIONAL MATCH (n)-[r]->(m)
				WITH n, r, m ORDER BY elementId(n), elementId(r)
				RETURN collect([labels(n), properties(n), type(r), properties(r), properties(m)]) AS all
				""", Map.of(), r -> r.get("all").toString()).get(0);
	}

	private Map<String, Object> single(String cypher) {
		return this.graph.read(cypher, Map.of(), r -> r.asMap()).get(0);
	}

}
