package cymru.atebol.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own (this JVM's java and class path), for what only a
 * separate process shows: a kill, a signal, a second process on the same data folder.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final Path log;

	final int httpPort;

	private ServiceProcess(Process process, Path log, int httpPort) {
		this.process = process;
		this.log = log;
		this.httpPort = httpPort;
	}

	static ServiceProcess start(Path dataDir, int httpPort, Path log, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx384m",
				"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "cymru.atebol.AtebolApplication",
				"--server.address=127.0.0.1", "--server.port=" + httpPort, "--atebol.embedded.data-dir=" + dataDir));
		command.addAll(List.of(arguments));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new ServiceProcess(process, log, httpPort);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Waits until the service answers a GraphQL query; returns how long that took. */
	Duration awaitAnswer(Duration timeout) throws InterruptedException {
		long started = System.nanoTime();
		while (System.nanoTime() - started < timeout.toNanos()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped: " + log());
			}
			if (post("{ __typename }", null).contains("\"Query\"")) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The service did not answer within " + timeout + ": " + log());
	}

	/** The answer's body, or an empty string when there was none. */
	String post(String json, String basicAuth) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers
				.ofString(json.startsWith("{ ") ? "{\"query\":\"" + json.replace("\"", "\\\"") + "\"}" : json));
		if (basicAuth != null) {
			request.header("Authorization", "Basic " + basicAuth);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	/** SIGTERM; the exit code, or -1 if it has not exited within the timeout. */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? this.process.exitValue() : -1;
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? this.process.exitValue() : -1;
	}

	String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
