package cymru.atebol.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cymru.atebol.AtebolApplication;
import cymru.atebol.security.ProbeApi;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on an external Neo4j (an embedded one started here, on a fixed port) that
 * stops and comes back while the service keeps running: errors with a clear code, exports
 * refused with a 503 to try again, and health DOWN while it is gone; answers again once
 * it is back, with no restart.
 */
class Neo4jOutageIT {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private int httpPort;

	@Test
	void shouldReportTheOutageAndRecoverWithoutARestart() throws Exception {
		int boltPort = Neo4jStartupWaitTests.freePort();
		var database = new EmbeddedNeo4jProperties(Path.of("target", "test-neo4j", "outage-" + UUID.randomUUID()),
				boltPort, DataSize.ofMegabytes(16), DataSize.ofMegabytes(64));
		EmbeddedNeo4j external = EmbeddedNeo4j.start(database);
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(AtebolApplication.class,
				ProbeApi.class)
			// the response cache would answer the repeated probe for up to
			// atebol.dataset-version.max-lag into the outage: this is about the path to
			// Neo4j
			.run("--server.port=0", "--spring.neo4j.uri=neo4j://127.0.0.1:" + boltPort, "--" + ProbeApi.SCHEMA,
					"--atebol.cache.enabled=false")) {
			this.httpPort = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(probeCount()).containsEntry("data", Map.of("probeCount", 0));
			assertThat(health()).isEqualTo(200);
			assertThat(health("/readiness")).isEqualTo(200);

			external.close();
			long started = System.nanoTime();
			Map<String, Object> down = probeCount();
			Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
			assertThat(firstError(down))
				.containsEntry("message", "The graph database is unavailable; try again shortly.")
				.containsEntry("extensions", Map.of("classification", "SERVICE_UNAVAILABLE"));
			assertThat(answeredIn).isLessThan(Duration.ofSeconds(10));
			assertThat(health()).isEqualTo(503);
			assertThat(health("/readiness")).isEqualTo(503);
			assertThat(health("/liveness")).isEqualTo(200);
			for (String export : List.of("/export/2020-01-01.csv", "/export/2020-01-01.gexf")) {
				HttpResponse<String> refused = get(export);
				assertThat(refused.statusCode()).as(export).isEqualTo(503);
				assertThat(refused.headers().firstValue("Retry-After")).as(export).hasValue("5");
				assertThat(refused.headers().firstValue("Content-Type")).as(export)
					.hasValue("application/problem+json");
				assertThat(JsonParserFactory.getJsonParser().parseMap(refused.body())).as(export)
					.containsEntry("status", 503)
					.containsEntry("classification", "UNAVAILABLE")
					.containsEntry("detail", "The graph database is unavailable; try again shortly.");
			}

			external = EmbeddedNeo4j.start(database);
			long back = System.nanoTime();
			Map<String, Object> again = probeCount();
			while (again.containsKey("errors") && System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
				Thread.sleep(500);
				again = probeCount();
			}
			assertThat(again).containsEntry("data", Map.of("probeCount", 0));
			assertThat(get("/export/2020-01-01.csv").statusCode()).isEqualTo(200);
			assertThat(health()).isEqualTo(200);
			assertThat(health("/readiness")).isEqualTo(200);
			System.out.printf("Outage: error after %d ms; answers again %d ms after Neo4j restarted%n",
					answeredIn.toMillis(), Duration.ofNanos(System.nanoTime() - back).toMillis());
		}
		finally {
			external.close();
		}
	}

	private Map<String, Object> probeCount() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ probeCount }\"}"))
			.build();
		return JsonParserFactory.getJsonParser()
			.parseMap(this.client.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstError(Map<String, Object> response) {
		assertThat(response).containsKey("errors");
		return ((List<Map<String, Object>>) response.get("errors")).get(0);
	}

	private int health() throws Exception {
		return health("");
	}

	private int health(String group) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health" + group))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
