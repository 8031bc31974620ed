package cymru.atebol.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartTests {

	private static final LocalDate Y2009 = LocalDate.of(2009, 10, 1);

	private static final LocalDate Y2014 = LocalDate.of(2014, 1, 1);

	private static final LocalDate Y2019 = LocalDate.of(2019, 4, 1);

	@Test
	void shouldPreferASourcedStartToABoundOrEvidence() {
		assertThat(Start.of(dates(Y2019, Y2014, Y2009))).isEqualTo(new Start(StartBasis.SOURCED, Y2019, "DAY"));
		assertThat(Start.of(dates(null, Y2014, Y2009))).isEqualTo(new Start(StartBasis.BOUNDED, Y2014, "YEAR"));
		assertThat(Start.of(dates(null, null, Y2009))).isEqualTo(new Start(StartBasis.EVIDENCED, Y2009, "MONTH"));
		assertThat(Start.of(dates(null, null, null))).isEqualTo(new Start(StartBasis.UNKNOWN, null, null));
	}

	@Test
	void shouldBoundAnUndatedRelationshipByTheLaterOfItsEndsKnownStarts() {
		Start cluster = Start.of(dates(null, Y2014, null));
		Start board = Start.of(dates(Y2009, null, null));
		assertThat(Start.of(dates(null, null, Y2019), cluster, board, false))
			.isEqualTo(new Start(StartBasis.BOUNDED_BY_ENDS, Y2014, "YEAR"));
	}

	@Test
	void shouldNotBoundARelationshipByAnEndThatIsOnlyEvidenced() {
		Start evidenced = Start.of(dates(null, null, Y2019));
		Start unknown = Start.of(dates(null, null, null));
		assertThat(Start.of(dates(null, null, Y2014), evidenced, unknown, false))
			.isEqualTo(new Start(StartBasis.EVIDENCED, Y2014, "MONTH"));
		assertThat(Start.of(dates(null, null, null), evidenced, unknown, false).known()).isFalse();
	}

	@Test
	void shouldKeepARelationshipsOwnBoundWhenItIsTheLatest() {
		Start board = Start.of(dates(Y2009, null, null));
		assertThat(Start.of(dates(null, Y2014, null), board, board, false))
			.isEqualTo(new Start(StartBasis.BOUNDED, Y2014, "YEAR"));
	}

	@Test
	void shouldBoundASuccessionByItsSuccessorOnly() {
		Start predecessor = Start.of(dates(Y2019, null, null));
		Start successor = Start.of(dates(Y2009, null, null));
		assertThat(Start.of(dates(null, null, null), predecessor, successor, true))
			.isEqualTo(new Start(StartBasis.BOUNDED_BY_ENDS, Y2009, "DAY"));
	}

	private static Start.Dates dates(LocalDate validFrom, LocalDate notBefore, LocalDate evidencedFrom) {
		return new Start.Dates(validFrom, "DAY", notBefore, "YEAR", evidencedFrom, "MONTH");
	}

}
