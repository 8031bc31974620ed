package cymru.atebol.reconcile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cymru.atebol.SeededServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation API as OpenRefine speaks it (version 0.2), on the seeded graph: the
 * manifest, a batch posted as the {@code queries} form field, the same batch by GET with
 * a JSONP callback, dates, properties, suggest, preview and the refusals.
 */
@SeededServiceTest
class ReconcileIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A spreadsheet column mixing a Welsh name, a former name and a short name. */
	private static final String MIXED = """
			{"q0": {"query": "Bwrdd Iechyd Prifysgol Hywel Dda"},
			 "q1": {"query": "Abertawe Bro Morgannwg University Health Board", "type": "HEALTH_BOARD", "limit": 3},
			 "q2": {"query": "NWIS"},
			 "q3": {"query": "Hywel Dda"}}
			""";

	@Autowired
	WebTestClient http;

	@BeforeEach
	void patientClient() {
		this.http = this.http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@Test
	void shouldDescribeTheServiceInItsManifest() {
		JsonNode manifest = json(() -> this.http.get().uri("/reconcile"));
		assertThat(manifest.get("versions").toString()).contains("\"0.2\"");
		assertThat(manifest.get("identifierSpace").asString()).isEqualTo("urn:atebol:entity:");
		assertThat(manifest.get("schemaSpace").asString()).isEqualTo("urn:atebol:vocab:");
		assertThat(manifest.get("defaultTypes").findValuesAsString("id")).contains("HEALTH_BOARD", "LOCAL_AUTHORITY",
				"SPECIAL_HEALTH_AUTHORITY");
		assertThat(manifest.get("view").get("url").asString()).endsWith("/#/entity/{{id}}").startsWith("http://");
		assertThat(manifest.get("preview").get("url").asString()).endsWith("/reconcile/preview?id={{id}}");
		assertThat(manifest.get("preview").get("width").asInt()).isPositive();
		assertThat(manifest.get("suggest").get("entity").get("service_path").asString())
			.isEqualTo("/reconcile/suggest/entity");
		assertThat(manifest.get("batchSize").asInt()).isEqualTo(50);
	}

	@Test
	void shouldWriteTheMembersOfEveryObjectInOneOrder() {
		JsonNode manifest = json(() -> this.http.get().uri("/reconcile"));
		assertThat(manifest.propertyNames()).containsExactly("versions", "name", "identifierSpace", "schemaSpace",
				"defaultTypes", "view", "preview", "suggest", "batchSize");
		assertThat(manifest.get("preview").propertyNames()).containsExactly("url", "width", "height");
		assertThat(manifest.get("suggest").get("property").propertyNames()).containsExactly("service_url",
				"service_path");
		JsonNode entity = json(() -> this.http.get().uri("/reconcile/suggest/entity?prefix=Hywel")).get("result")
			.get(0);
		assertThat(entity.propertyNames()).containsExactly("id", "name", "description", "notable");
		assertThat(entity.get("notable").get(0).propertyNames()).containsExactly("id", "name");
		JsonNode type = json(() -> this.http.get().uri("/reconcile/suggest/type?prefix=health")).get("result").get(0);
		assertThat(type.propertyNames()).containsExactly("id", "name", "description");
		JsonNode property = json(() -> this.http.get().uri("/reconcile/suggest/property?prefix=ods")).get("result")
			.get(0);
		assertThat(property.propertyNames()).containsExactly("id", "name", "description");
	}

	@Test
	void shouldReconcileWelshFormerAndShortNamesPostedAsAForm() {
		JsonNode results = json(() -> this.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("queries", MIXED)));
		assertTopMatch(results, "q0", "hywel-dda-uhb", "Hywel Dda University Health Board");
		assertTopMatch(results, "q1", "swansea-bay-uhb", "Swansea Bay University Health Board");
		assertTopMatch(results, "q2", "nhs-wales-informatics-service", "NHS Wales Informatics Service");
		assertThat(results.get("q1").get("result")).hasSizeLessThanOrEqualTo(3)
			.allSatisfy((c) -> assertThat(c.get("type").get(0).get("id").asString()).isEqualTo("HEALTH_BOARD"));
		JsonNode partial = results.get("q3").get("result").get(0);
		assertThat(partial.get("id").asString()).isEqualTo("hywel-dda-uhb");
		assertThat(partial.get("match").asBoolean()).as("a partial name is a candidate, not a match").isFalse();
		assertThat(partial.get("score").asDouble()).isLessThan(100);
	}

	@Test
	void shouldAnswerAGetWithAJsonpCallback() {
		String script = this.http.get()
			.uri((uri) -> uri.path("/reconcile")
				.queryParam("queries", "{queries}")
				.queryParam("callback", "jsonp123")
				.build(MIXED))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/javascript;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(script).startsWith("/**/jsonp123(").endsWith(");");
		JsonNode results = JSON.readTree(script.substring("/**/jsonp123(".length(), script.length() - 2));
		assertTopMatch(results, "q0", "hywel-dda-uhb", "Hywel Dda University Health Board");
	}

	@Test
	void shouldKeepToTheEntitiesOfTheDateAndNameThemAsThen() {
		JsonNode results = json(() -> this.http.post()
			.uri("/reconcile?asOf=2015-06-01")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"q0": {"query": "Abertawe Bro Morgannwg University Health Board"},
					 "q1": {"query": "NWIS", "properties": [{"pid": "asOf", "v": "2022-01-01"}]}}
					"""));
		assertTopMatch(results, "q0", "swansea-bay-uhb", "Abertawe Bro Morgannwg University Health Board");
		assertThat(results.get("q1").get("result").findValuesAsString("id"))
			.doesNotContain("nhs-wales-informatics-service");
	}

	@Test
	void shouldMatchOnACodeAndWeighALocalAuthority() {
		JsonNode results = json(() -> this.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(
					"""
							{"q0": {"query": "Hywel Dda", "properties": [{"pid": "odsCode", "v": "7A2"}]},
							 "q1": {"query": "Swansea Bay University Health Board",
							        "properties": [{"pid": "localAuthority", "v": "Pen-y-bont ar Ogwr"}, {"pid": "asOf", "v": "2018-01-01"}]}}
							"""));
		assertTopMatch(results, "q0", "hywel-dda-uhb", "Hywel Dda University Health Board");
		JsonNode swanseaBay = results.get("q1").get("result").get(0);
		assertThat(swanseaBay.get("id").asString()).isEqualTo("swansea-bay-uhb");
		assertThat(swanseaBay.get("features").toString()).contains("{\"id\":\"local_authority_match\",\"value\":true}");
	}

	@Test
	void shouldSuggestEntitiesTypesAndProperties() {
		JsonNode entities = json(() -> this.http.get().uri("/reconcile/suggest/entity?prefix=Hywel"));
		assertThat(entities.get("result").findValuesAsString("id")).contains("hywel-dda-uhb");
		JsonNode types = json(() -> this.http.get().uri("/reconcile/suggest/type?prefix=health"));
		assertThat(types.get("result").findValuesAsString("id")).contains("HEALTH_BOARD");
		JsonNode properties = json(() -> this.http.get().uri("/reconcile/suggest/property?prefix=ods"));
		assertThat(properties.get("result").findValuesAsString("id")).containsExactly("odsCode");
	}

	@Test
	void shouldPreviewAnEntityAsEscapedHtmlThatMayBeFramed() {
		String page = this.http.get()
			.uri("/reconcile/preview?id=swansea-bay-uhb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("X-Frame-Options")
			.expectHeader()
			.contentType("text/html;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<h1>Swansea Bay University Health Board</h1>")
			.contains("<p lang=\"cy\">Bwrdd Iechyd Prifysgol Bae Abertawe</p>")
			.contains("Abertawe Bro Morgannwg University Health Board (2009-10-01 to 2019-03-31)");
		String missing = this.http.get()
			.uri("/reconcile/preview?id={id}", "<script>x</script>")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(missing).contains("&lt;script&gt;").doesNotContain("<script>");
		this.http.get().uri("/reconcile").exchange().expectHeader().valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void shouldAllowCrossOriginCalls() {
		this.http.get()
			.uri("/reconcile")
			.header(HttpHeaders.ORIGIN, "http://localhost:3333")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void shouldSayWhatIsWrongWithABadRequest() {
		Map<String, String> refusals = Map.of("{\"q0\": {\"query\": \"NWIS\", \"type\": \"HOSPITAL\"}}",
				"Query 'q0'.type is not a type", "{\"q0\": {\"query\": \"NWIS\", \"limit\": 0}}",
				"Query 'q0'.limit must be a whole number from 1 to 25 (was 0)", "not json", "'queries' is not JSON",
				"{\"q0\": {\"query\": \"NWIS\", \"properties\": [{\"pid\": \"postcode\", \"v\": \"SA1\"}]}}",
				"names an unknown property",
				"{\"q0\": {\"query\": \"NWIS\", \"properties\": [{\"pid\": \"asOf\", \"v\": \"2020-13-01\"}]}}",
				"property asOf '2020-13-01' is not a date");
		refusals.forEach((batch, message) -> this.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("queries", batch))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains(message)));
		StringBuilder big = new StringBuilder("{");
		for (int i = 0; i < 51; i++) {
			big.append((i > 0) ? "," : "").append("\"q").append(i).append("\": {\"query\": \"x\"}");
		}
		this.http.post()
			.uri("/reconcile")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("queries", big.append("}").toString()))
			.exchange()
			.expectStatus()
			.isEqualTo(413);
		this.http.get().uri("/reconcile?callback={c}", "alert(1)//").exchange().expectStatus().isBadRequest();
	}

	private static void assertTopMatch(JsonNode results, String key, String id, String name) {
		JsonNode top = results.get(key).get("result").get(0);
		assertThat(top.get("id").asString()).as(key).isEqualTo(id);
		assertThat(top.get("name").asString()).as(key).isEqualTo(name);
		assertThat(top.get("match").asBoolean()).as(key + " is a match").isTrue();
		assertThat(top.get("score").asDouble()).isEqualTo(100);
		List<JsonNode> others = results.get(key).get("result").valueStream().skip(1).toList();
		assertThat(others).allSatisfy((c) -> assertThat(c.get("match").asBoolean()).isFalse());
	}

	private static JsonNode json(Supplier<WebTestClient.RequestHeadersSpec<?>> request) {
		EntityExchangeResult<String> result = answer(request);
		assertThat(result.getStatus().value()).as(result.toString()).isEqualTo(200);
		assertThat(result.getResponseHeaders().getContentType()).isNotNull()
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
		return JSON.readTree(result.getResponseBody());
	}

	/**
	 * The answer to a request, asked again (up to three times) while the service answers
	 * 503 with a Retry-After, as a well-behaved client does: on a loaded machine the
	 * first, cold queries can outrun the query timeout.
	 */
	private static EntityExchangeResult<String> answer(Supplier<WebTestClient.RequestHeadersSpec<?>> request) {
		EntityExchangeResult<String> result = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			result = request.get().exchange().expectBody(String.class).returnResult();
			if (result.getStatus().value() != 503) {
				return result;
			}
		}
		return result;
	}

}
