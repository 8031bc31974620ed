package cymru.atebol.time;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.SeededServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Date and DateTime argument and every export URL date refuses what is not a real
 * date or instant in range, with an error that names the argument and the value, and
 * never answers for another date, never with a server error.
 */
@SeededServiceTest
class DateArgumentsIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	/** Each date argument of the API, with {@code %s} where the date goes. */
	private static final List<String> DATE_ARGUMENTS = List.of("{ entity(id: \"nhs-wales\", asOf: \"%s\") { id } }",
			"{ entities(asOf: \"%s\") { totalCount } }", "{ search(text: \"Powys\", asOf: \"%s\") { score } }",
			"{ accountabilityChain(from: \"powys-thb\", asOf: \"%s\") { truncated } }",
			"{ subgraph(root: \"powys-thb\", asOf: \"%s\") { truncated } }",
			"{ paths(from: \"powys-thb\", to: \"nhs-wales\", asOf: \"%s\") { length } }",
			"{ diff(from: \"%s\", to: \"2020-01-01\") { from } }", "{ diff(from: \"2019-01-01\", to: \"%s\") { to } }",
			"{ changes(from: \"%s\") { totalCount } }", "{ changes(to: \"%s\") { totalCount } }",
			"{ entity(id: \"nhs-wales\") { name(asOf: \"%s\") } }",
			"{ entity(id: \"nhs-wales\") { reportsTo(asOf: \"%s\") { type } } }",
			"{ entity(id: \"powys-thb\") { reports(asOf: \"%s\") { totalCount } } }",
			"{ entity(id: \"powys-thb\") { relationships(asOf: \"%s\") { totalCount } } }",
			"{ entity(id: \"powys-thb\") { childCount(asOf: \"%s\") } }");

	/** Each record-time argument, with {@code %s} where the instant goes. */
	private static final List<String> DATE_TIME_ARGUMENTS = List.of(
			"{ entity(id: \"nhs-wales\", recordedAsOf: \"%s\") { id } }",
			"{ entities(recordedAsOf: \"%s\") { totalCount } }",
			"{ search(text: \"Powys\", recordedAsOf: \"%s\") { score } }",
			"{ accountabilityChain(from: \"powys-thb\", recordedAsOf: \"%s\") { truncated } }",
			"{ subgraph(root: \"powys-thb\", recordedAsOf: \"%s\") { truncated } }",
			"{ paths(from: \"powys-thb\", to: \"nhs-wales\", recordedAsOf: \"%s\") { length } }",
			"{ diff(from: \"2019-01-01\", to: \"2020-01-01\", recordedAsOf: \"%s\") { from } }",
			"{ changes(recordedAsOf: \"%s\") { totalCount } }");

	@Autowired
	WebTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30", "2019-04-31", "+99999-01-01", "2019-13-01", "0001-01-01", "20190401",
			"2019-04-01'); MATCH (n) DETACH DELETE n //", "９９９９-01-01" })
	void shouldRefuseAnImpossibleDateInEveryDateArgument(String date) {
		for (String document : DATE_ARGUMENTS) {
			String message = refused(document.formatted(date.replace("\"", "\\\"")));
			assertThat(message).as(document).contains(argumentOf(document)).contains(shown(date));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30T10:00:00Z", "2026-12-02T25:00:00Z", "2026-12-02T10:00:00",
			"+99999-01-01T00:00:00Z", "yesterday" })
	void shouldRefuseAnImpossibleInstantInEveryRecordTimeArgument(String dateTime) {
		for (String document : DATE_TIME_ARGUMENTS) {
			String message = refused(document.formatted(dateTime));
			assertThat(message).as(document).contains("recordedAsOf").contains(shown(dateTime));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-02-30", "+99999-01-01", "2019-04-31" })
	void shouldNameTheVariableAndTheValueWhenADateComesInVariables(String date) {
		Map<String, Object> answer = post(Map.of("query", "query Q($d: Date) { entities(asOf: $d) { totalCount } }",
				"variables", Map.of("d", date)));
		assertThat(answer).doesNotContainKey("data");
		assertThat(message(answer)).contains("'d'").contains("\"" + date + "\"").contains("is not a date");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/export/2019-02-30.csv", "/export/2019-04-31/entities.csv", "/export/+99999-01-01/events.csv",
					"/export/2019-02-30.jsonld", "/export/2019-04-01.csv?recordedAsOf=2019-02-30T00:00:00Z",
					"/export/2019-04-01.csv?datesKnown=maybe", "/export/2019-04-01.csv?asof=2019-04-01" })
	void shouldRefuseAnImpossibleDateInEveryExportUrl(String url) {
		Map<String, Object> problem = this.http.get()
			.uri(url)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat((String) problem.get("detail")).containsAnyOf("2019-02-30", "2019-04-31", "99999", "maybe", "asof");
	}

	private String refused(String document) {
		Map<String, Object> answer = post(Map.of("query", document));
		assertThat(answer.get("data")).as(document).isNull();
		return message(answer);
	}

	@SuppressWarnings("unchecked")
	private static String message(Map<String, Object> answer) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
		assertThat(errors).isNotEmpty();
		return (String) errors.get(0).get("message");
	}

	private Map<String, Object> post(Map<String, Object> request) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isLessThan(500))
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	/** The argument a document's bad date goes into: the name before {@code : "%s"}. */
	private static String argumentOf(String document) {
		String before = document.substring(0, document.indexOf(": \"%s\""));
		return "'" + before.replaceAll("(?s).*?(\\w+)$", "$1") + "'";
	}

	/** How the value appears in the message: quoted, as written. */
	private static String shown(String value) {
		return value.length() > 40 ? value.substring(0, 40) : value;
	}

}
