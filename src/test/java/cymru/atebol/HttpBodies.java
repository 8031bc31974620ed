package cymru.atebol;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Pages read whole, as a test reads an export or the metrics page. */
public final class HttpBodies {

	private HttpBodies() {
	}

	/**
	 * GETs the page, expects 200 and returns its body: waiting up to a minute (a cold
	 * query on a busy machine) and taking up to 16 MB (a whole export, beyond the
	 * client's default 256 KB buffer).
	 */
	public static String get(WebTestClient http, String uri) {
		return ok(patient(http).get().uri(uri).exchange());
	}

	/** POSTs the body as JSON, expects 200 and returns the answer, as {@link #get}. */
	public static String postJson(WebTestClient http, String uri, Object body) {
		return ok(patient(http).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange());
	}

	private static WebTestClient patient(WebTestClient http) {
		return http.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	private static String ok(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

}
