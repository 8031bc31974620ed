package cymru.atebol.cache;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cymru.atebol.CountingDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache and GraphQL over HTTP as caches expect it, on the fixture seed: an
 * answer from the cache is byte for byte the executed one; GET runs queries (not
 * mutations); persisted queries; ETags answered 304 before anything reaches Neo4j; the
 * date {@code asOf} defaults to rolls over at midnight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atebol.seed.location=classpath:seed-fixture/",
				// a busy machine may take seconds to plan a first query or to read the
				// version
				"atebol.limits.query-timeout=60s", "atebol.dataset-version.max-lag=30s" })
@AutoConfigureWebTestClient
@Import({ CountingDriver.Config.class, HttpCachingIT.TestClock.class, HttpCachingIT.SpringMvcCalls.class })
class HttpCachingIT {

	static final String LOOKUP = """
			query Lookup($id: ID!, $asOf: Date) {
			  entity(id: $id, asOf: $asOf) { id name kind validFrom validTo reportsTo { id type to { id name } } }
			}""";

	static final String CHAIN = """
			query Chain($id: ID!) {
			  accountabilityChain(from: $id) { from { id } routes { steps { entity { id name } } } tops { id } truncated }
			}""";

	static final String ORG_CHART = """
			query OrgChart($id: ID!) {
			  subgraph(root: $id, depth: 3) { nodes { depth entity { id name } } edges { id type from { id } to { id } } truncated }
			}""";

	static final String SEARCH = """
			query Search($text: String!) { search(text: $text, first: 10) { score entity { id name } } }""";

	static final String ENTITIES = "{ entities(first: 50) { edges { node { id } } } }";

	/** A JSON body the direct path leaves to Spring MVC (its answer is the same). */
	private static final MediaType LATIN_1_JSON = MediaType.valueOf("application/json;charset=ISO-8859-1");

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		MutableClock clock() {
			return new MutableClock();
		}

	}

	/** Counts the GraphQL requests Spring MVC handled. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SpringMvcCalls implements WebMvcConfigurer, HandlerInterceptor {

		final AtomicInteger count = new AtomicInteger();

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this).addPathPatterns("/graphql");
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			this.count.incrementAndGet();
			return true;
		}

	}

	@Autowired
	WebTestClient http;

	@Autowired
	SpringMvcCalls springMvc;

	@Autowired
	CountingDriver database;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void patient() {
		// the machine running the tests may be busy
		this.http = this.http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@AfterEach
	void systemTime() {
		((MutableClock) this.clock).set(null);
	}

	@Test
	void shouldAnswerFromTheCacheExactlyWhatExecutionAnswers() {
		List<Map.Entry<String, Map<String, Object>>> questions = List.of(Map.entry(LOOKUP, Map.of("id", "dhcw")),
				Map.entry(LOOKUP, Map.of("id", "bridgend", "asOf", "2019-01-01")),
				Map.entry(CHAIN, Map.of("id", "minister-for-health-and-social-services")),
				Map.entry(ORG_CHART, Map.of("id", "senedd-cymru")), Map.entry(SEARCH, Map.of("text", "Swansea")),
				Map.entry(ENTITIES, Map.of()));
		for (var question : questions) {
			EntityExchangeResult<byte[]> first = post(question.getKey(), question.getValue(), (headers) -> {
			});
			EntityExchangeResult<byte[]> second = post(question.getKey(), question.getValue(), (headers) -> {
			});
			EntityExchangeResult<byte[]> executed = post(question.getKey(), question.getValue(),
					(headers) -> headers.setCacheControl("no-cache"));
			assertThat(text(first)).as(question.getKey()).contains("\"data\"").doesNotContain("\"errors\"");
			assertThat(second.getResponseHeaders().getFirst("X-Cache")).isEqualTo("hit");
			assertThat(executed.getResponseHeaders().getFirst("X-Cache")).isEqualTo("miss");
			assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
			assertThat(executed.getResponseBody()).isEqualTo(first.getResponseBody());
		}
		assertThat(this.meters.get("cache.gets")
			.tag("cache", ResponseCache.NAME)
			.tag("result", "hit")
			.functionCounter()
			.count()).isGreaterThanOrEqualTo(questions.size());
		assertThat(this.meters.get("cache.hit.ratio").gauge().value()).isPositive();
	}

	@Test
	void shouldNotAnswerFromTheCacheWhatWasAnErrorOrAMutation() {
		String unknown = "query Missing($id: ID!) { accountabilityChain(from: $id) { truncated } }";
		EntityExchangeResult<byte[]> first = post(unknown, Map.of("id", "no-such-entity"), (headers) -> {
		});
		assertThat(text(first)).contains("\"errors\"");
		assertThat(post(unknown, Map.of("id", "no-such-entity"), (headers) -> {
		}).getResponseHeaders().getFirst("X-Cache")).isEqualTo("bypass");
		EntityExchangeResult<byte[]> mutation = post("mutation { __typename }", Map.of(), (headers) -> {
		});
		assertThat(mutation.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
	}

	@Test
	void shouldAnswerAnUnchangedGetWith304WithoutAskingNeo4j() {
		EntityExchangeResult<byte[]> first = get(
				Map.of("query", CHAIN, "variables", "{\"id\":\"minister-for-health-and-social-services\"}"),
				(headers) -> {
				});
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).as(text(first)).startsWith("\"").endsWith("\"");
		assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("public, max-age=0, must-revalidate");
		assertThat(first.getResponseHeaders().getVary()).containsExactly("Accept", "Authorization");
		this.database.reset();
		EntityExchangeResult<byte[]> again = get(
				Map.of("query", CHAIN, "variables", "{\"id\":\"minister-for-health-and-social-services\"}"),
				(headers) -> headers.setIfNoneMatch(etag));
		assertThat(again.getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponseHeaders().getETag()).isEqualTo(etag);
		assertThat(again.getResponseBody()).isNullOrEmpty();
		assertThat(statementsRun()).as("Cypher run for a 304").isEmpty();
		// another media type is another representation, with its own ETag
		EntityExchangeResult<byte[]> other = get(
				Map.of("query", CHAIN, "variables", "{\"id\":\"minister-for-health-and-social-services\"}"),
				(headers) -> {
					headers.setIfNoneMatch(etag);
					headers.setAccept(List.of(MediaType.parseMediaType("application/graphql-response+json")));
				});
		assertThat(other.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(other.getResponseHeaders().getETag()).isNotEqualTo(etag);
	}

	@Test
	void shouldRefuseAMutationSentWithGet() {
		EntityExchangeResult<byte[]> refused = get(Map.of("query", "mutation { __typename }"), (headers) -> {
		});
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(refused.getResponseHeaders().getAllow()).containsExactly(org.springframework.http.HttpMethod.POST);
		assertThat(text(refused)).isEqualTo("""
				{"errors":[{"message":"Only queries run on GET (GraphQL over HTTP); send mutations with POST.",\
				"extensions":{"classification":"METHOD_NOT_ALLOWED"}}]}""");
	}

	@Test
	void shouldRunAutomaticPersistedQueries() {
		String query = LOOKUP + " # apq";
		// the answer is in the response cache already: the text sent with its hash is
		// kept all the same
		post(query, Map.of("id", "dhcw"), (headers) -> {
		});
		String hash = PersistedQueries.sha256(query);
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		Map<String, String> byHash = Map.of("extensions", extensions, "variables", "{\"id\":\"dhcw\"}");
		EntityExchangeResult<byte[]> unknown = get(byHash, (headers) -> {
		});
		assertThat(text(unknown)).contains("\"message\":\"PersistedQueryNotFound\"")
			.contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
		EntityExchangeResult<byte[]> sent = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "variables", Map.of("id", "dhcw"), "extensions",
					this.json.readValue(extensions, Map.class)))
			.exchange()
			.expectBody()
			.returnResult();
		assertThat(text(sent)).contains("\"id\":\"dhcw\"");
		EntityExchangeResult<byte[]> known = get(byHash, (headers) -> {
		});
		assertThat(known.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(known.getResponseBody()).isEqualTo(sent.getResponseBody());
		EntityExchangeResult<byte[]> wrong = get(Map.of("query", "{ __typename }", "extensions", extensions),
				(headers) -> {
				});
		assertThat(text(wrong)).contains("provided sha does not match query");
	}

	@Test
	void shouldAnswerAnUnchangedExportWith304WithoutAskingNeo4j() {
		EntityExchangeResult<byte[]> first = this.http.get()
			.uri("/export/2021-04-01.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).isNotNull();
		this.database.reset();
		this.http.get()
			.uri("/export/2021-04-01.csv")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag);
		assertThat(statementsRun()).isEmpty();
		assertThat(this.http.get()
			.uri("/export/2021-04-02.csv")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getETag()).isNotEqualTo(etag);
		this.http.get()
			.uri("/export/2021-02-30.csv")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.doesNotExist(HttpHeaders.ETAG);
	}

	@Test
	void shouldNotAnswerAfterMidnightFromTheEntryOfTheDayBefore() {
		// NHS Wales Informatics Service was replaced by Digital Health and Care Wales on
		// 2021-04-01
		MutableClock clock = (MutableClock) this.clock;
		clock.set(ZonedDateTime.parse("2021-03-31T23:59:59.500+01:00[Europe/London]").toInstant());
		EntityExchangeResult<byte[]> before = get(Map.of("query", ENTITIES), (headers) -> {
		});
		assertThat(get(Map.of("query", ENTITIES), (headers) -> {
		}).getResponseHeaders().getFirst("X-Cache")).isEqualTo("hit");
		assertThat(text(before)).contains("nhs-wales-informatics-service").doesNotContain("\"dhcw\"");
		clock.set(ZonedDateTime.parse("2021-04-01T00:00:00.500+01:00[Europe/London]").toInstant());
		EntityExchangeResult<byte[]> after = get(Map.of("query", ENTITIES),
				(headers) -> headers.setIfNoneMatch(before.getResponseHeaders().getETag()));
		assertThat(after.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(after.getResponseHeaders().getFirst("X-Cache")).isEqualTo("miss");
		assertThat(text(after)).contains("\"dhcw\"").doesNotContain("nhs-wales-informatics-service");
	}

	private List<String> statementsRun() {
		return this.database.cypher().stream().filter((cypher) -> !cypher.contains("(d:Dataset")).toList();
	}

	@Test
	void shouldAnswerAPlainPostWithoutSpringMvcAndLeaveAnyOtherRequestToIt() {
		int before = this.springMvc.count.get();
		assertThat(text(post(LOOKUP, Map.of("id", "dhcw"), (headers) -> {
		}))).contains("\"id\":\"dhcw\"");
		assertThat(this.springMvc.count.get()).as("a plain POST").isEqualTo(before);
		post(LOOKUP, Map.of("id", "dhcw"), (headers) -> headers.setContentType(LATIN_1_JSON));
		assertThat(this.springMvc.count.get()).as("a body in another charset").isEqualTo(before + 1);
		get(Map.of("query", LOOKUP, "variables", "{\"id\":\"dhcw\"}"), (headers) -> {
		});
		assertThat(this.springMvc.count.get()).as("a GET").isEqualTo(before + 2);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": ")
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.springMvc.count.get()).as("a body that is not JSON, read again by Spring MVC")
			.isEqualTo(before + 3);
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML)
			.bodyValue(Map.of("query", "{ __typename }"))
			.exchange()
			.expectStatus()
			.is4xxClientError();
		assertThat(this.springMvc.count.get()).as("an Accept no GraphQL answer comes in, refused by Spring MVC")
			.isEqualTo(before + 4);
	}

	@Test
	void shouldAnswerAPostTheSameWithOrWithoutSpringMvc() {
		List<Map.Entry<String, Map<String, Object>>> questions = List.of(Map.entry(LOOKUP, Map.of("id", "dhcw")),
				Map.entry(CHAIN, Map.of("id", "minister-for-health-and-social-services")),
				Map.entry("{ nosuchfield }", Map.of()), Map.entry(SEARCH, Map.of("text", "Swansea")));
		for (MediaType accept : List.of(MediaType.APPLICATION_JSON,
				MediaType.valueOf("application/graphql-response+json"))) {
			for (var question : questions) {
				Consumer<HttpHeaders> asked = (headers) -> {
					headers.setAccept(List.of(accept));
					headers.setCacheControl("no-cache");
				};
				int before = this.springMvc.count.get();
				EntityExchangeResult<byte[]> direct = post(question.getKey(), question.getValue(), asked);
				EntityExchangeResult<byte[]> throughSpringMvc = post(question.getKey(), question.getValue(),
						asked.andThen((headers) -> headers.setContentType(LATIN_1_JSON)));
				assertThat(this.springMvc.count.get()).isEqualTo(before + 1);
				assertThat(direct.getStatus()).as(question.getKey()).isEqualTo(throughSpringMvc.getStatus());
				assertThat(text(direct)).as(question.getKey()).isEqualTo(text(throughSpringMvc));
				assertThat(withoutDate(direct.getResponseHeaders())).as(question.getKey())
					.isEqualTo(withoutDate(throughSpringMvc.getResponseHeaders()));
			}
		}
	}

	@Test
	void shouldCountADirectPostInTheRequestMetricsOfItsPath() throws InterruptedException {
		double before = graphQlPosts();
		post(LOOKUP, Map.of("id", "dhcw"), (headers) -> {
		});
		// the request's observation stops once the answer is sent
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (graphQlPosts() < before + 1 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(graphQlPosts()).isEqualTo(before + 1);
		assertThat(this.meters.find("http.server.requests").tag("uri", "UNKNOWN").timers()).isEmpty();
	}

	private double graphQlPosts() {
		return this.meters.find("http.server.requests")
			.tag("uri", "/graphql")
			.tag("method", "POST")
			.timers()
			.stream()
			.mapToDouble((timer) -> timer.count())
			.sum();
	}

	private static Map<String, List<String>> withoutDate(HttpHeaders headers) {
		Map<String, List<String>> all = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach(all::put);
		all.remove(HttpHeaders.DATE);
		return all;
	}

	private EntityExchangeResult<byte[]> post(String query, Map<String, Object> variables,
			Consumer<HttpHeaders> headers) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers)
			// as bytes: the same JSON (ASCII) whatever charset the content type names
			.bodyValue(this.json.writeValueAsBytes(Map.of("query", query, "variables", variables)))
			.exchange()
			.expectBody()
			.returnResult();
	}

	private EntityExchangeResult<byte[]> get(Map<String, String> parameters, Consumer<HttpHeaders> headers) {
		return this.http.get().uri((uri) -> {
			uri.path("/graphql");
			parameters.keySet().forEach((name) -> uri.queryParam(name, "{" + name + "}"));
			return uri.build(parameters);
		}).headers(headers).exchange().expectBody().returnResult();
	}

	private static String text(EntityExchangeResult<byte[]> result) {
		return new String(result.getResponseBody(), StandardCharsets.UTF_8);
	}

}
