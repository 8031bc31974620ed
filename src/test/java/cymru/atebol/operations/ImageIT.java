package cymru.atebol.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.boot.json.JsonParserFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image that {@code ./mvnw -Pimage package} writes to {@code target/image/atebol.tar}
 * (after scripts/image/build-base.sh): its config runs the service as the non-root user,
 * exposes 8080, keeps /data as a volume, checks health by readiness and starts the
 * service. Runs only where the tar was built (not in CI, which builds no image).
 */
@EnabledIf("imageBuilt")
class ImageIT {

	static final Path IMAGE = Path.of("target", "image", "atebol.tar");

	static boolean imageBuilt() {
		return Files.isRegularFile(IMAGE);
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldRunAsANonRootUserWithADataVolumeAPortAndAHealthCheck() throws IOException {
		Map<String, byte[]> entries = entries(IMAGE);
		List<Object> manifest = JsonParserFactory.getJsonParser()
			.parseList(new String(entries.get("manifest.json"), StandardCharsets.UTF_8));
		String configName = (String) ((Map<String, Object>) manifest.get(0)).get("Config");
		Map<String, Object> image = JsonParserFactory.getJsonParser()
			.parseMap(new String(entries.get(configName), StandardCharsets.UTF_8));
		Map<String, Object> config = (Map<String, Object>) image.get("config");

		assertThat(config.get("User")).isEqualTo("10001:10001");
		assertThat((Map<String, Object>) config.get("ExposedPorts")).containsOnlyKeys("8080/tcp");
		assertThat((Map<String, Object>) config.get("Volumes")).containsOnlyKeys("/data");
		assertThat((List<String>) config.get("Env")).contains("ATEBOL_EMBEDDED_DATA_DIR=/data")
			.anySatisfy(env -> assertThat(env).startsWith("JDK_JAVA_OPTIONS=-Xms256m -Xmx256m"));
		assertThat((List<String>) config.get("Entrypoint")).startsWith("java")
			.contains("cymru.atebol.AtebolApplication");
		Map<String, Object> health = (Map<String, Object>) config.get("Healthcheck");
		assertThat((List<String>) health.get("Test")).startsWith("CMD").contains("cymru.atebol.operations.HealthCheck");
		assertThat(((Number) health.get("StartPeriod")).longValue()).isPositive();
	}

	private static Map<String, byte[]> entries(Path tar) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (InputStream in = Files.newInputStream(tar)) {
			byte[] header = new byte[512];
			while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
				String name = new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\0", "");
				long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
				boolean small = name.endsWith(".json");
				byte[] content = small ? in.readNBytes((int) size) : null;
				if (!small) {
					in.skipNBytes(size);
				}
				in.skipNBytes((512 - size % 512) % 512);
				if (content != null) {
					entries.put(name, content);
				}
			}
		}
		return entries;
	}

}
