package cymru.atebol.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer as served (no browser needed): the page, its modules and its chart library
 * come from the service itself, and every GraphQL document the page sends is valid
 * against the schema.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester // unused here: it makes the context ServiceIT's, which
								// Spring then reuses
@AutoConfigureWebTestClient
class ExplorerPageIT {

	private static final Pattern DOCUMENT = Pattern.compile("const (\\w+) = `([^`]*)`;");

	private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{(\\w+)}");

	@Autowired
	WebTestClient http;

	@Test
	void shouldServeTheExplorerAtTheRoot() {
		String page = this.http.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<script type=\"module\" src=\"explorer/main.js\"></script>", "id=\"search-input\"",
				"id=\"chart\"", "href=\"graphiql\"");
		this.http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void shouldServeTheChartLibraryFromItsWebJarAsAJavaScriptModule() {
		this.http.get()
			.uri("/webjars/cytoscape/dist/cytoscape.esm.min.mjs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Type", (type) -> assertThat(type).startsWith("text/javascript"));
		for (String module : List.of("main", "api", "chart", "compare", "dates", "dom", "panels", "search", "words")) {
			this.http.get()
				.uri("/explorer/" + module + ".js")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value("Content-Type", (type) -> assertThat(type).startsWith("text/javascript"));
		}
	}

	@Test
	void shouldSendOnlyDocumentsThatTheSchemaAccepts() throws IOException {
		Map<String, String> documents = documents();
		assertThat(documents).containsKeys("SEARCH", "ENTITY", "CHAIN", "SUBGRAPH", "CHANGES");
		Map<String, Object> variables = Map.of("id", "powys-thb", "text", "Powys", "asOf", "2020-01-01", "from",
				"2019-03-31", "to", "2019-04-01", "depth", 1, "types", List.of("PART_OF", "IN_AREA_OF"), "limit", 150);
		for (Map.Entry<String, String> document : documents.entrySet()) {
			if (!document.getValue().contains("query ")) {
				continue;
			}
			Map<String, Object> response = this.http.mutate()
				.responseTimeout(Duration.ofSeconds(30))
				.build()
				.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", document.getValue(), "variables", variables))
				.exchange()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
			assertThat(response).as(document.getKey()).isNotNull();
			List<?> errors = (List<?>) response.getOrDefault("errors", List.of());
			assertThat(errors).as("%s: validation errors", document.getKey())
				.noneSatisfy((error) -> assertThat(error.toString()).contains("ValidationError"));
		}
	}

	/** The page's GraphQL documents, read from api.js with their fragments filled in. */
	private static Map<String, String> documents() throws IOException {
		String source = new ClassPathResource("static/explorer/api.js").getContentAsString(StandardCharsets.UTF_8);
		Map<String, String> raw = new LinkedHashMap<>();
		Matcher matcher = DOCUMENT.matcher(source);
		while (matcher.find()) {
			raw.put(matcher.group(1), matcher.group(2));
		}
		Map<String, String> filled = new HashMap<>();
		raw.forEach((name, text) -> filled.put(name, INTERPOLATION.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement(raw.getOrDefault(m.group(1), "")))));
		return filled;
	}

}
