package cymru.atebol.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictDatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30", "2019-04-31", "2019-13-01", "2019-00-10", "2019-02-29", "+99999-01-01",
			"0999-12-31", "3000-01-01", "2019-4-1", "20190401", "2019-04-01T00:00:00Z", "", "yesterday",
			" 2019-04-01" })
	void shouldRefuseWhatIsNotARealCalendarDateInRange(String text) {
		assertThatThrownBy(() -> StrictDates.date(text)).isInstanceOf(StrictDates.InvalidDateException.class)
			.hasMessageStartingWith("\"" + text + "\" is ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020-02-29", "1996-04-01", "1000-01-01", "2999-12-31" })
	void shouldReadRealCalendarDates(String text) {
		assertThat(StrictDates.date(text)).isEqualTo(LocalDate.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30T10:00:00Z", "2019-04-01T24:00:00Z", "2019-04-01T10:00:00",
			"2019-04-01 10:00:00Z", "+99999-04-01T10:00:00Z", "2019-04-01T10:00:00+25:00", "2019-04-01" })
	void shouldRefuseWhatIsNotARealInstant(String text) {
		assertThatThrownBy(() -> StrictDates.dateTime(text)).isInstanceOf(StrictDates.InvalidDateException.class)
			.hasMessageStartingWith("\"" + text + "\" is ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-02T07:34:12.987Z", "2026-12-02T07:34:12.987654321+01:00", "2026-12-02T07:34Z" })
	void shouldReadInstantsAtTheirFullPrecision(String text) {
		assertThat(StrictDates.dateTime(text)).isEqualTo(OffsetDateTime.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30" })
	void shouldSayWhatIsWrongWithAnImpossibleDay(String text) {
		assertThatThrownBy(() -> StrictDates.date(text))
			.hasMessage("\"2019-02-30\" is not a date: Invalid date 'FEBRUARY 30'");
	}

}
