package cymru.atebol.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import cymru.atebol.SeededServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network files of the seeded graph, each read back with a real reader (JGraphT's
 * GraphML importer, the official GEXF 1.3 schema, Jackson, Commons CSV), hold the same
 * nodes and edges as the GraphQL API answers for the same date, and the dynamic files
 * show NWIS becoming DHCW and Bridgend moving health board on their dates.
 */
@SeededServiceTest
class NetworkExportIT {

	private static final String GEXF = GexfWriter.NAMESPACE;

	/** The API's answers by date, asked once: the seeded graph does not change here. */
	private static final Map<String, Counts> COUNTS = new ConcurrentHashMap<>();

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "2019-03-31", "2019-04-01", "2021-03-31", "2021-04-01", "2024-06-01" })
	void shouldWriteGraphMlThatJGraphTReadsWithTheNodesAndEdgesTheApiGives(String date) {
		Map<String, Map<String, String>> nodes = new HashMap<>();
		Map<String, Map<String, String>> edges = new HashMap<>();
		Graph<String, String> graph = GraphTypeBuilder.<String, String>directed()
			.allowingMultipleEdges(true)
			.allowingSelfLoops(true)
			.vertexSupplier(SupplierUtil.createStringSupplier())
			.edgeSupplier(SupplierUtil.createStringSupplier())
			.buildGraph();
		GraphMLImporter<String, String> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory((id) -> id);
		importer.addVertexAttributeConsumer((at, value) -> nodes.computeIfAbsent(at.getFirst(), (k) -> new HashMap<>())
			.put(at.getSecond(), value.getValue()));
		importer.addEdgeAttributeConsumer((at, value) -> edges.computeIfAbsent(at.getFirst(), (k) -> new HashMap<>())
			.put(at.getSecond(), value.getValue()));
		importer.importGraph(graph, new StringReader(get("/export/" + date + ".graphml")));

		Counts api = apiCounts(date);
		assertThat(graph.vertexSet()).hasSize(api.entities());
		assertThat(graph.edgeSet()).hasSize(api.relationships());
		assertThat(nodes.values()).allSatisfy((n) -> assertThat(n).containsKeys("name", "kind", "startBasis"));
		assertThat(edges.values()).allSatisfy((e) -> assertThat(e).containsKeys("type", "upward", "sources"));
	}

	@Test
	void shouldGiveTheNamesInForceAndTheRelationshipsOfTheDateInGraphMl() {
		String before = get("/export/2019-03-31.graphml");
		assertThat(before).contains("<data key=\"n_name\">Abertawe Bro Morgannwg University Health Board</data>")
			.contains(
					"<edge id=\"bridgend:IN_AREA_OF:swansea-bay-uhb\" source=\"bridgend\" target=\"swansea-bay-uhb\">")
			.doesNotContain("bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb");
		String after = get("/export/2019-04-01.graphml");
		assertThat(after).contains("<data key=\"n_name\">Swansea Bay University Health Board</data>")
			.contains("bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb")
			.doesNotContain("bridgend:IN_AREA_OF:swansea-bay-uhb");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-03-31", "2021-04-01" })
	void shouldWriteGexfOfADateThatTheGexfSchemaAcceptsWithTheApiCounts(String date) throws Exception {
		Document gexf = validGexf("/export/" + date + ".gexf");
		Element graph = (Element) gexf.getElementsByTagNameNS(GEXF, "graph").item(0);
		assertThat(graph.getAttribute("mode")).isEqualTo("static");
		Counts api = apiCounts(date);
		assertThat(gexf.getElementsByTagNameNS(GEXF, "node").getLength()).isEqualTo(api.entities());
		assertThat(gexf.getElementsByTagNameNS(GEXF, "edge").getLength()).isEqualTo(api.relationships());
	}

	@Test
	void shouldShowNwisBecomingDhcwAndTheBridgendMoveInTheDynamicGexf() throws Exception {
		Document gexf = validGexf("/export/history.gexf");
		Element graph = (Element) gexf.getElementsByTagNameNS(GEXF, "graph").item(0);
		assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
		assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
		Map<String, Element> nodes = byId(gexf, "node");
		Map<String, Element> edges = byId(gexf, "edge");

		assertThat(nodes.get("nhs-wales-informatics-service").getAttribute("end")).isEqualTo("2021-03-31");
		assertThat(nodes.get("digital-health-and-care-wales").getAttribute("start")).isEqualTo("2021-04-01");
		assertThat(nodes.get("digital-health-and-care-wales").hasAttribute("end")).isFalse();
		Element succession = edges.get("nhs-wales-informatics-service:REPLACED_BY:digital-health-and-care-wales");
		assertThat(succession.getAttribute("kind")).isEqualTo("REPLACED_BY");
		assertThat(succession.getAttribute("start")).isEqualTo("2021-04-01");

		Element toSwanseaBay = edges.get("bridgend:IN_AREA_OF:swansea-bay-uhb");
		assertThat(toSwanseaBay.getAttribute("end")).isEqualTo("2019-03-31");
		Element toCwmTaf = edges.get("bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb");
		assertThat(toCwmTaf.getAttribute("start")).isEqualTo("2019-04-01");
		assertThat(toCwmTaf.hasAttribute("end")).isFalse();

		assertThat(values(nodes.get("swansea-bay-uhb"), "name")).containsExactly(
				"Abertawe Bro Morgannwg University Health Board 2009-10-01..2019-03-31",
				"Swansea Bay University Health Board 2019-04-01..");
	}

	/**
	 * Gephi's timeline at a date shows the nodes and edges whose spells hold it (an edge
	 * only while both ends are there): the same graph as the file of that date.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2019-03-31", "2019-04-01", "2021-04-01" })
	void shouldHoldInTheDynamicGexfTheGraphOfEachDate(String date) throws Exception {
		Document history = validGexf("/export/history.gexf");
		LocalDate day = LocalDate.parse(date);
		Set<String> alive = new HashSet<>();
		byId(history, "node").forEach((id, node) -> {
			if (holds(node, day)) {
				alive.add(id);
			}
		});
		int edges = 0;
		for (Element edge : byId(history, "edge").values()) {
			boolean endsThere = alive.contains(edge.getAttribute("source"))
					&& alive.contains(edge.getAttribute("target"));
			NodeList spells = edge.getElementsByTagNameNS(GEXF, "spell");
			if (spells.getLength() == 0) {
				edges += (endsThere && holds(edge, day)) ? 1 : 0;
			}
			for (int i = 0; i < spells.getLength(); i++) {
				edges += (endsThere && holds((Element) spells.item(i), day)) ? 1 : 0;
			}
		}
		Counts api = apiCounts(date);
		assertThat(alive).hasSize(api.entities());
		assertThat(edges).isEqualTo(api.relationships());
	}

	@Test
	void shouldWriteNodeLinkJsonThatNetworkXReadsWithTheApiCounts() {
		JsonNode json = JsonMapper.builder().build().readTree(get("/export/2019-04-01.nodelink.json"));
		assertThat(json.get("directed").asBoolean()).isTrue();
		assertThat(json.get("multigraph").asBoolean()).isTrue();
		assertThat(json.get("graph").get("date").asString()).isEqualTo("2019-04-01");
		Counts api = apiCounts("2019-04-01");
		assertThat(json.get("nodes")).hasSize(api.entities());
		assertThat(json.get("links")).hasSize(api.relationships());
		Set<String> ids = new HashSet<>();
		json.get("nodes").forEach((node) -> ids.add(node.get("id").asString()));
		Set<String> keys = new HashSet<>();
		json.get("links").forEach((link) -> {
			assertThat(ids).contains(link.get("source").asString(), link.get("target").asString());
			keys.add(link.get("key").asString());
		});
		assertThat(keys).hasSize(api.relationships());
		JsonNode bridgend = find(json.get("links"), "key", "bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb");
		assertThat(bridgend.get("upward").isBoolean()).isTrue();
		assertThat(bridgend.get("validFrom").asString()).isEqualTo("2019-04-01");
		assertThat(bridgend.get("startBasis").asString()).isEqualTo("SOURCED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-03-31", "2019-04-01", "2021-03-31", "2021-04-01" })
	void shouldWriteSpellsThatGiveTheGraphOfEachDate(String date) {
		List<CSVRecord> vertices = csv("/export/history/vertex-spells.csv");
		List<CSVRecord> edges = csv("/export/history/spells.csv");
		Map<String, String> idsByNumber = new HashMap<>();
		for (int i = 0; i < vertices.size(); i++) {
			assertThat(vertices.get(i).get("vertex_id")).isEqualTo(String.valueOf(i + 1));
			idsByNumber.put(vertices.get(i).get("vertex_id"), vertices.get(i).get("id"));
		}
		double day = LocalDate.parse(date).toEpochDay();
		Set<String> alive = new HashSet<>();
		vertices.stream().filter((v) -> active(v, day)).forEach((v) -> alive.add(v.get("vertex_id")));
		long active = edges.stream()
			.filter((e) -> active(e, day) && alive.contains(e.get("tail")) && alive.contains(e.get("head")))
			.count();
		assertThat(edges).allSatisfy((e) -> {
			assertThat(idsByNumber.get(e.get("tail"))).isEqualTo(e.get("tail_id"));
			assertThat(idsByNumber.get(e.get("head"))).isEqualTo(e.get("head_id"));
		});
		Counts api = apiCounts(date);
		assertThat(alive).hasSize(api.entities());
		assertThat(active).isEqualTo(api.relationships());
	}

	@Test
	void shouldWriteOpenEndsAndUnknownStartsAsInfinities() {
		List<CSVRecord> edges = csv("/export/history/spells.csv");
		CSVRecord moved = edges.stream()
			.filter((e) -> e.get("id").equals("bridgend:IN_AREA_OF:swansea-bay-uhb"))
			.findFirst()
			.orElseThrow();
		assertThat(moved.get("onset")).isEqualTo(String.valueOf(LocalDate.parse("2009-10-01").toEpochDay()));
		assertThat(moved.get("terminus")).isEqualTo(String.valueOf(LocalDate.parse("2019-04-01").toEpochDay()));
		assertThat(moved.get("to")).isEqualTo("2019-03-31");
		CSVRecord nwis = csv("/export/history/vertex-spells.csv").stream()
			.filter((v) -> v.get("id").equals("nhs-wales-informatics-service"))
			.findFirst()
			.orElseThrow();
		// no source dates its start, only the publication of the source that cites it:
		// not an onset
		assertThat(nwis.get("onset")).isEqualTo("-Inf");
		assertThat(nwis.get("startBasis")).isEqualTo("EVIDENCED");
		assertThat(edges).anySatisfy((e) -> assertThat(e.get("terminus")).isEqualTo("Inf"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "gexf", "nodelink.json" })
	void shouldSayWhatIsWrongWithABadDate(String format) {
		this.http.get()
			.uri("/export/2020-02-30." + format)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail)
				.isEqualTo("date in the path: \"2020-02-30\" is not a date: Invalid date 'FEBRUARY 30'"));
	}

	record Counts(int entities, int relationships) {
	}

	/**
	 * What the API says of a date: the entities that existed then, and the relationships
	 * in force then from each of them to another that existed then.
	 */
	private Counts apiCounts(String date) {
		return COUNTS.computeIfAbsent(date, this::askApi);
	}

	private Counts askApi(String date) {
		HttpGraphQlTester graphQl = this.graphQl.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		int entities = 0;
		int relationships = 0;
		String after = null;
		do {
			Map<String, Object> page = page(graphQl, date, after);
			entities = (Integer) page.get("totalCount");
			for (Object edge : (List<?>) page.get("edges")) {
				Map<?, ?> node = (Map<?, ?>) ((Map<?, ?>) edge).get("node");
				relationships += (Integer) ((Map<?, ?>) node.get("relationships")).get("totalCount");
			}
			Map<?, ?> pageInfo = (Map<?, ?>) page.get("pageInfo");
			after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
		}
		while (after != null);
		return new Counts(entities, relationships);
	}

	/**
	 * A page of the count, asked again when the service ran out of time: on a loaded
	 * machine the first, cold queries can take longer than the request timeout.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> page(HttpGraphQlTester graphQl, String date, @Nullable String after) {
		for (int attempt = 1;; attempt++) {
			try {
				return graphQl.document("""
						query Counts($date: Date, $after: String) {
						  entities(asOf: $date, first: 50, after: $after) {
						    totalCount
						    pageInfo { hasNextPage endCursor }
						    edges { node { relationships(direction: OUTGOING, asOf: $date, first: 1) { totalCount } } }
						  }
						}
						""")
					.variable("date", date)
					.variable("after", after)
					.execute()
					.path("entities")
					.entity(Map.class)
					.get();
			}
			catch (AssertionError ex) {
				if (attempt == 3 || !ex.getMessage().contains("TIMEOUT")) {
					throw ex;
				}
			}
		}
	}

	private Document validGexf(String uri) throws Exception {
		byte[] body = download(uri, "application/gexf+xml;charset=UTF-8");
		Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource("/gexf-1.3/gexf.xsd"));
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static Map<String, Element> byId(Document document, String element) {
		Map<String, Element> elements = new HashMap<>();
		NodeList list = document.getElementsByTagNameNS(GEXF, element);
		for (int i = 0; i < list.getLength(); i++) {
			Element e = (Element) list.item(i);
			assertThat(elements.put(e.getAttribute("id"), e)).as("one %s %s", element, e.getAttribute("id")).isNull();
		}
		return elements;
	}

	/** An attribute's values over time: {@code value start..end}. */
	private static List<String> values(Element element, String attribute) {
		List<String> values = new ArrayList<>();
		NodeList list = element.getElementsByTagNameNS(GEXF, "attvalue");
		for (int i = 0; i < list.getLength(); i++) {
			Element value = (Element) list.item(i);
			if (value.getAttribute("for").equals(attribute)) {
				values.add(value.getAttribute("value") + " " + value.getAttribute("start") + ".."
						+ value.getAttribute("end"));
			}
		}
		return values;
	}

	/**
	 * Whether a GEXF element's start and end (both inclusive, absent: open) hold a day.
	 */
	private static boolean holds(Element element, LocalDate day) {
		String start = element.getAttribute("start");
		String end = element.getAttribute("end");
		return (start.isEmpty() || !LocalDate.parse(start).isAfter(day))
				&& (end.isEmpty() || !LocalDate.parse(end).isBefore(day));
	}

	/**
	 * networkDynamic's rule: active from the onset up to, not including, the terminus.
	 */
	private static boolean active(CSVRecord spell, double day) {
		return Double.parseDouble(spell.get("onset").replace("Inf", "Infinity")) <= day
				&& day < Double.parseDouble(spell.get("terminus").replace("Inf", "Infinity"));
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (item.get(field).asString().equals(value)) {
				return item;
			}
		}
		throw new AssertionError("No item with " + field + " " + value);
	}

	private String get(String uri) {
		return new String(download(uri, null), StandardCharsets.UTF_8);
	}

	/** The whole file, as a client reads it (the test client buffers only 256 KB). */
	private byte[] download(String uri, @Nullable String contentType) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<byte[]> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + uri)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(uri).isEqualTo(200);
			if (contentType != null) {
				assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private List<CSVRecord> csv(String uri) {
		try {
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(get(uri)))
				.getRecords();
			assertThat(records).isNotEmpty().allSatisfy((r) -> assertThat(r.isConsistent()).isTrue());
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
