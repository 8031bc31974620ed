package cymru.atebol.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check, for images without curl: asks the service on this host
 * for its readiness ({@code /actuator/health/readiness}, port {@code SERVER_PORT} or
 * 8080) and exits 0 when it is UP, 1 otherwise. It starts no Spring: one JVM, one
 * request, well under a second.
 */
public final class HealthCheck {

	private HealthCheck() {
	}

	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		String path = (args.length > 0) ? args[0] : "/actuator/health/readiness";
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
			HttpResponse<Void> response = client
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding());
			System.exit((response.statusCode() == 200) ? 0 : 1);
		}
		catch (Exception ex) {
			System.err.println("health check failed: " + ex);
			System.exit(1);
		}
	}

}
