package cymru.atebol.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

import cymru.atebol.time.StrictDates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's scalars, read strictly ({@link StrictDates}): {@code Date} is a real
 * calendar date ({@code YYYY-MM-DD}) and {@code DateTime} an ISO-8601 instant with its
 * offset, both in the years 1000 to 2999. A {@code DateTime} is written at full precision
 * (as stored), so any {@code recordedAt} the API prints, passed back as
 * {@code recordedAsOf}, names exactly that moment.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlScalarsConfiguration {

	// LocalDate.toString() writes what ISO_LOCAL_DATE does, without a formatter's work
	static final GraphQLScalarType DATE = scalar("Date", "An ISO-8601 calendar date, e.g. 2019-04-01",
			StrictDates::date, LocalDate.class, (date) -> LocalDate.from(date).toString());

	static final GraphQLScalarType DATE_TIME = scalar("DateTime",
			"An ISO-8601 date-time with offset, e.g. 2026-11-22T09:30:00Z", StrictDates::dateTime, OffsetDateTime.class,
			DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(DATE).scalar(DATE_TIME);
	}

	private static <T extends TemporalAccessor> GraphQLScalarType scalar(String name, String description,
			Function<String, T> parse, Class<T> type, Function<TemporalAccessor, String> format) {
		return GraphQLScalarType.newScalar()
			.name(name)
			.description(description)
			.coercing(new StrictCoercing<>(name, parse, type, format))
			.build();
	}

	/** Reads input strictly and writes {@code java.time} values in ISO-8601. */
	private record StrictCoercing<T extends TemporalAccessor>(String name, Function<String, T> parse, Class<T> type,
			Function<TemporalAccessor, String> format) implements Coercing<T, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof ZonedDateTime zoned) {
				return this.format.apply(zoned.toOffsetDateTime());
			}
			if (this.type.isInstance(value)) {
				return this.format.apply((TemporalAccessor) value);
			}
			throw new CoercingSerializeException("Expected a " + this.name + " but was " + value.getClass().getName());
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			if (!(input instanceof String text)) {
				throw new CoercingParseValueException("A " + this.name + " is written as a string, was " + input);
			}
			try {
				return this.parse.apply(text);
			}
			catch (StrictDates.InvalidDateException ex) {
				throw new CoercingParseValueException(ex.getMessage());
			}
		}

		@Override
		public @Nullable T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (!(input instanceof StringValue text)) {
				throw new CoercingParseLiteralException("A " + this.name + " is written as a string, was " + input);
			}
			try {
				return this.parse.apply(text.getValue());
			}
			catch (StrictDates.InvalidDateException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.newStringValue(serialize(input, context, locale)).build();
		}

	}

}
