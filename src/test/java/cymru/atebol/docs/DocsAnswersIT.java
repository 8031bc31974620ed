package cymru.atebol.docs;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.HttpBodies;
import cymru.atebol.SeededServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers the README and docs/ show are the answers the service gives: every query
 * shown with its answer is asked again of the seeded graph and must answer exactly that,
 * order included where the schema promises one; and the pandas example's shapes and rows
 * are the export's.
 */
@SeededServiceTest
class DocsAnswersIT {

	/** Lists the schema gives in no promised order: compared as sets. */
	private static final Set<String> UNORDERED = Set.of("subgraph.edges", "accountabilityChain.tops");

	private static final JsonMapper JSON = new JsonMapper();

	@Autowired
	WebTestClient http;

	static Stream<DocsPages.Answered> examples() {
		return DocsPages.all().stream().flatMap(page -> page.answered().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void shouldAnswerWhatTheDocumentationShows(DocsPages.Answered example) {
		JsonNode answer = ask(example.document());
		if (example.language().equals("json")) {
			assertThat(comparable(answer, "")).as(example + ", the service answered:\n" + answer)
				.isEqualTo(comparable(JSON.readTree(example.answer()), ""));
		}
		else {
			assertThat(answer.has("errors")).as(example + ": " + answer).isFalse();
			assertThat(pathLines(answer.get("data"))).as(example + ", the service answered:\n" + answer)
				.isEqualTo(example.answer().lines().toList());
		}
	}

	@Test
	void shouldExportWhatThePandasExampleShows() {
		String python = DocsPages.read(Path.of("docs/api.md")).blocks("python").get(0);
		Matcher shapes = Pattern.compile("# \\(\\((\\d+), (\\d+)\\), \\((\\d+), (\\d+)\\)\\)").matcher(python);
		assertThat(shapes.find()).as(python).isTrue();
		Table relationships = csv("/export/2020-01-01.csv");
		Table entities = csv("/export/2020-01-01/entities.csv");
		assertThat(List.of(relationships.rows().size(), relationships.header().size(), entities.rows().size(),
				entities.header().size()))
			.containsExactly(Integer.valueOf(shapes.group(1)), Integer.valueOf(shapes.group(2)),
					Integer.valueOf(shapes.group(3)), Integer.valueOf(shapes.group(4)));
		List<String> shown = new ArrayList<>();
		Matcher row = Pattern.compile("(?m)^#\\s+([A-Z_]+)\\s+(.+)$").matcher(python);
		while (row.find()) {
			shown.add(row.group(1) + " " + row.group(2));
		}
		assertThat(relationships.rows()
			.stream()
			.filter(r -> r.get("fromId").equals("bridgend"))
			.map(r -> r.get("type") + " " + r.get("toName"))
			.toList()).isEqualTo(shown).isNotEmpty();
	}

	private JsonNode ask(String document) {
		String body = HttpBodies.postJson(this.http, "/graphql", Map.of("query", document));
		return JSON.readTree(body);
	}

	private Table csv(String uri) {
		String body = HttpBodies.get(this.http, uri);
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))) {
			return new Table(parser.getHeaderNames(), parser.getRecords());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private record Table(List<String> header, List<CSVRecord> rows) {
	}

	/** Paths written as the docs write them: "TYPE name -> TYPE name", one per line. */
	private static List<String> pathLines(JsonNode data) {
		List<String> lines = new ArrayList<>();
		for (JsonNode path : data.get("paths")) {
			List<String> steps = new ArrayList<>();
			for (JsonNode step : path.get("steps")) {
				steps.add(step.get("relationship").get("type").asString() + " "
						+ step.get("entity").get("name").asString());
			}
			lines.add(String.join(" -> ", steps));
		}
		return lines;
	}

	/**
	 * The answer with the lists of no promised order sorted, so that they compare as
	 * sets.
	 */
	private static JsonNode comparable(JsonNode node, String path) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JSON.createObjectNode();
			object.properties()
				.forEach(e -> copy.set(e.getKey(),
						comparable(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey())));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			List<JsonNode> items = new ArrayList<>();
			array.forEach(item -> items.add(comparable(item, path)));
			if (UNORDERED.stream().anyMatch(path::endsWith)) {
				items.sort((a, b) -> a.toString().compareTo(b.toString()));
			}
			ArrayNode copy = JSON.createArrayNode();
			items.forEach(copy::add);
			return copy;
		}
		return node;
	}

}
