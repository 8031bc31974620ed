package cymru.atebol.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.schema.Coercing;
import graphql.schema.CoercingSerializeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How the {@code Date} and {@code DateTime} scalars write values into answers. */
class GraphQlScalarsTests {

	private final GraphQLContext context = GraphQLContext.getDefault();

	@Test
	void shouldWriteADateAsIsoLocalDateWithoutAFormatter() {
		for (String text : new String[] { "1000-01-01", "1999-12-31", "2019-04-01", "2020-02-29", "2999-12-31" }) {
			LocalDate date = LocalDate.parse(text);
			assertThat(write(GraphQlScalarsConfiguration.DATE, date)).isEqualTo(text)
				.isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
		}
	}

	@Test
	void shouldWriteTheDayOfADateTimeGivenForADate() {
		ZonedDateTime cardiff = ZonedDateTime.of(2020, 1, 1, 23, 30, 0, 0, ZoneId.of("Europe/London"));
		assertThat(write(GraphQlScalarsConfiguration.DATE, cardiff)).isEqualTo("2020-01-01");
	}

	@Test
	void shouldWriteADateTimeAtFullPrecisionWithItsOffset() {
		OffsetDateTime recorded = OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 123_456_789, ZoneOffset.ofHours(1));
		assertThat(write(GraphQlScalarsConfiguration.DATE_TIME, recorded))
			.isEqualTo("2026-11-22T09:30:00.123456789+01:00");
		// seconds are written even when zero (OffsetDateTime.toString would leave them
		// out)
		assertThat(write(GraphQlScalarsConfiguration.DATE_TIME,
				OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("2026-11-22T09:30:00Z");
	}

	@Test
	void shouldRefuseToWriteSomethingElse() {
		assertThatExceptionOfType(CoercingSerializeException.class)
			.isThrownBy(() -> write(GraphQlScalarsConfiguration.DATE, "2020-01-01"))
			.withMessage("Expected a Date but was java.lang.String");
	}

	private String write(graphql.schema.GraphQLScalarType scalar, Object value) {
		Coercing<?, ?> coercing = scalar.getCoercing();
		return (String) coercing.serialize(value, this.context, Locale.ROOT);
	}

}
