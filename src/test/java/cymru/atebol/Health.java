package cymru.atebol;

import org.springframework.test.web.reactive.server.WebTestClient;

/** The service's health endpoint, asked as a load balancer asks it. */
public final class Health {

	private Health() {
	}

	/**
	 * Asks {@code /actuator/health}, expects it UP, and returns the body for more checks.
	 */
	public static WebTestClient.BodyContentSpec up(WebTestClient http) {
		return up(http, "/actuator/health");
	}

	/**
	 * Asks a health endpoint or group ({@code /actuator/health/liveness}), expects it UP,
	 * and returns the body for more checks.
	 */
	public static WebTestClient.BodyContentSpec up(WebTestClient http, String path) {
		return http.get().uri(path).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
	}

}
