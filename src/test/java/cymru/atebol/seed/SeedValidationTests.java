package cymru.atebol.seed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule the seed must pass, each reported with its file, line and a hint. */
class SeedValidationTests {

	private final SeedFixture valid = SeedFixture.valid();

	@Test
	void shouldAcceptTheFixture() {
		assertThat(this.valid.problems()).isEmpty();
		assertThat(this.valid.seed().entities()).hasSize(33);
	}

	@Test
	void shouldReportAnUnknownKindWithTheNearestKnownOne() {
		List<SeedProblem> problems = this.valid
			.replace("entities/bodies.yaml", "kind: HEALTH_BOARD\n  name: Swansea",
					"kind: HEALTH_BORD\n  name: Swansea")
			.problems();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("entities/bodies.yaml");
			assertThat(p.line()).isEqualTo(23);
			assertThat(p.message()).contains("unknown kind 'HEALTH_BORD'");
			assertThat(p.hint()).isEqualTo("did you mean 'HEALTH_BOARD'?");
		});
	}

	@Test
	void shouldReportAnUnknownRelationshipType() {
		assertThat(this.valid.replace("relationships/structure.yaml", "type: HOSTED_BY", "type: HOSTS").problems())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.toString())
					.startsWith("relationships/structure.yaml:6: unknown relationship type 'HOSTS'");
			});
	}

	@Test
	void shouldReportADanglingReferenceWithTheNearestId() {
		assertThat(this.valid.replace("relationships/structure.yaml", "to: velindre", "to: velindr").problems())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.message()).isEqualTo("'to' names an unknown entity 'velindr'");
				assertThat(p.hint()).isEqualTo("did you mean 'velindre'?");
			});
	}

	@Test
	void shouldReportADuplicateIdWithWhereItWasFirstUsed() {
		assertThat(this.valid.replace("entities/bodies.yaml", "id: dhcw", "id: velindre").problems())
			.anySatisfy(p -> assertThat(p.toString())
				.contains("entities/bodies.yaml:68: duplicate id 'velindre' (first used at entities/bodies.yaml:64)"));
	}

	@Test
	void shouldReportAMalformedDate() {
		assertThat(
				this.valid.replace("entities/bodies.yaml", "validFrom: 2021-04-01", "validFrom: 2021-02-30").problems())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.message()).isEqualTo("'validFrom' is not a date: '2021-02-30'");
				assertThat(p.hint()).contains("YYYY, YYYY-MM or YYYY-MM-DD");
				assertThat(p.line()).isEqualTo(72);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30", "2019-04-31", "2019-13", "2019-00", "+99999", "99999", "0999", "3000-01-01",
			"2019-4-1", "1 April 2019" })
	void shouldRefuseASeedDateThatIsNotARealCalendarDateInRange(String date) {
		assertThat(this.valid.replace("entities/bodies.yaml", "validFrom: 2021-04-01", "validFrom: \"" + date + "\"")
			.problems()).singleElement().satisfies(p -> {
				assertThat(p.file()).isEqualTo("entities/bodies.yaml");
				assertThat(p.line()).isEqualTo(72);
				assertThat(p.message()).isEqualTo("'validFrom' is not a date: '" + date + "'");
			});
	}

	@Test
	void shouldSayThatOnlyTheYearIsOutOfRange() {
		assertThat(
				this.valid.replace("entities/bodies.yaml", "validFrom: 2021-04-01", "validFrom: 3021-04-01").problems())
			.singleElement()
			.satisfies(p -> assertThat(p.hint()).isEqualTo("a date's year is 1000 to 2999"));
	}

	@Test
	void shouldRefuseANotBeforeThatIsNotADate() {
		assertThat(this.valid
			.replace("relationships/structure.yaml", "  to: senedd-cymru\n",
					"  to: senedd-cymru\n  notBefore: 2019-02-29\n")
			.problems())
			.singleElement()
			.satisfies(p -> assertThat(p.toString())
				.isEqualTo("relationships/structure.yaml:5: 'notBefore' is not a date: '2019-02-29' "
						+ "(write YYYY, YYYY-MM or YYYY-MM-DD (a real date))"));
	}

	@Test
	void shouldReadANotBeforeOnEntitiesAndRelationships() {
		Seed seed = this.valid
			.replace("entities/bodies.yaml", "  name: Bridgend\n", "  name: Bridgend\n  notBefore: 1996\n")
			.replace("relationships/structure.yaml", "  to: senedd-cymru\n",
					"  to: senedd-cymru\n  notBefore: 1999-05\n")
			.seed();
		assertThat(seed.entities()).filteredOn(e -> e.id().equals("bridgend"))
			.singleElement()
			.satisfies(e -> assertThat(e.notBefore()).hasToString("1996"));
		assertThat(seed.relationships())
			.filteredOn(r -> r.id().equals("minister-for-health-and-social-services:ACCOUNTABLE_TO:senedd-cymru"))
			.singleElement()
			.satisfies(r -> assertThat(r.notBefore()).hasToString("1999-05"));
	}

	@Test
	void shouldReportANotBeforeAfterTheFactsOwnStart() {
		assertThat(this.valid
			.replace("entities/bodies.yaml", "validFrom: 2021-04-01", "validFrom: 2021-04-01\n  notBefore: 2021-05")
			.problems()).singleElement().satisfies(p -> {
				assertThat(p.toString()).startsWith("entities/bodies.yaml:68: entity 'dhcw' has notBefore (2021-05) "
						+ "after its validFrom (2021-04-01)");
				assertThat(p.hint()).contains("earliest a fact can have begun");
			});
	}

	@Test
	void shouldReportANotBeforeAfterTheFactsEnd() {
		assertThat(this.valid
			.replace("relationships/structure.yaml", "  validTo: 2021-03-31\n",
					"  validTo: 2021-03-31\n  notBefore: 2022\n")
			.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).isEqualTo(
					"relationship nhs-wales-informatics-service:HOSTED_BY:velindre has notBefore (2022) after its validTo (2021-03-31)"));
	}

	@Test
	void shouldAcceptANotBeforeInTheSamePeriodAsTheStart() {
		assertThat(this.valid
			.replace("entities/bodies.yaml", "validFrom: 2021-04-01", "validFrom: 2021-04-01\n  notBefore: 2021")
			.problems()).isEmpty();
	}

	@Test
	void shouldReportAFactThatEndsBeforeItBegins() {
		assertThat(this.valid
			.replace("relationships/structure.yaml", "validFrom: 2009-10-01\n  validTo: 2019-03-31",
					"validFrom: 2019-10-01\n  validTo: 2019-03-31")
			.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).isEqualTo(
					"relationship bridgend:IN_AREA_OF:swansea-bay-uhb ends (2019-03-31) before it begins (2019-10-01)"));
	}

	@Test
	void shouldAcceptAnImpreciseEndInTheSamePeriodAsAPreciseStart() {
		assertThat(this.valid
			.replace("entities/bodies.yaml", "validFrom: 2021-04-01", "validFrom: 2021-04-01\n  validTo: 2021")
			.problems()).isEmpty();
	}

	@Test
	void shouldReportAFactWithoutSources() {
		assertThat(this.valid
			.replace("relationships/structure.yaml",
					"  to: senedd-cymru\n  sources: [\"seed-000 § Section A > Welsh Government\"]\n",
					"  to: senedd-cymru\n")
			.problems()).singleElement()
			.satisfies(p -> assertThat(p.toString()).startsWith("relationships/structure.yaml:2: no sources"));
	}

	@Test
	void shouldReportACitationOfAnUnknownSource() {
		assertThat(this.valid
			.replace("entities/bodies.yaml", "sources: [\"seed-000 § All Wales NHS Trusts\"]",
					"sources: [\"seed-00 § All Wales NHS Trusts\"]")
			.problems()).singleElement().satisfies(p -> {
				assertThat(p.message()).isEqualTo("cites an unknown source 'seed-00'");
				assertThat(p.hint()).isEqualTo("did you mean 'seed-000'?");
			});
	}

	@Test
	void shouldReportAVocabularyTypeWithoutItsWelshLabel() {
		// (the type is then unknown, so every relationship of that type is reported too)
		assertThat(this.valid.replace("vocabulary.yaml", "    labelCy: yn rhan o\n", "").problems()).first()
			.satisfies(p -> assertThat(p.toString()).startsWith("vocabulary.yaml:90: missing 'labelCy'"));
	}

	@Test
	void shouldReportAnUnknownFieldAndListTheAllowedOnes() {
		assertThat(this.valid.replace("entities/bodies.yaml", "shortName: DHCW", "acronym: DHCW").problems())
			.singleElement()
			.satisfies(p -> {
				assertThat(p.message()).isEqualTo("unknown field 'acronym'");
				assertThat(p.hint()).contains("shortName");
			});
	}

	@Test
	void shouldReportBrokenYamlWithItsLine() {
		assertThat(this.valid
			.replace("entities/bodies.yaml", "- id: velindre\n  kind: NHS_TRUST", "- id: velindre\n    kind: NHS_TRUST")
			.problems()).anySatisfy(p -> {
				assertThat(p.file()).isEqualTo("entities/bodies.yaml");
				assertThat(p.message()).startsWith("not valid YAML");
				assertThat(p.line()).isEqualTo(65);
			});
	}

	@Test
	void shouldReportAMovedEventNamingAnUnknownRelationship() {
		assertThat(this.valid
			.replace("events.yaml", "\"bridgend:IN_AREA_OF:swansea-bay-uhb\"", "\"bridgend:IN_AREA_OF:swansea-bay\"")
			.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).isEqualTo(
					"event '2019-bridgend-boundary-change' names an unknown relationship 'bridgend:IN_AREA_OF:swansea-bay'"));
	}

	@Test
	void shouldReportEveryProblemAtOnce() {
		assertThat(this.valid.replace("relationships/structure.yaml", "to: velindre", "to: velindr")
			.replace("entities/bodies.yaml", "kind: POST", "kind: POSTS")
			.problems()).hasSize(2);
	}

}
