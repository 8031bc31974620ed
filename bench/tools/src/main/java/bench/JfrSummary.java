package bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU went: the share of CPU-time samples (jdk.CPUTimeSample, or
 * jdk.ExecutionSample when the recording has none) whose stack holds a frame of each
 * named category (inclusive, so categories overlap), and the top frames by self samples.
 *
 * <pre>
 * java -cp ... bench.JfrSummary recording.jfr [--top 25]
 * </pre>
 */
public final class JfrSummary {

	/** Category name -> substrings of "class.method" any of which puts a sample in it. */
	private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

	static {
		CATEGORIES.put("GraphQL execution (graphql-java)", List.of("graphql.execution.Execution.execute"));
		CATEGORIES.put("controller executor hop (virtual thread per field)",
				List.of("SimpleAsyncTaskExecutor", "VirtualThread.start", "ContextSnapshot",
						"DefaultContextSnapshot.wrap"));
		CATEGORIES.put("query limits (depth, complexity, arguments)",
				List.of("graphql.analysis.QueryTraverser", "cymru.atebol.limits"));
		CATEGORIES.put("instrumentation (ChainedInstrumentation)", List.of("ChainedInstrumentation"));
		CATEGORIES.put("observations (Micrometer)", List.of("io.micrometer.observation"));
		CATEGORIES.put("Neo4j driver logging", List.of("org.neo4j.driver.internal.logging",
				"org.neo4j.driver.internal.bolt.api.LoggingProvider", "Slf4jLogger", "ChannelActivityLogger",
				"ChannelErrorLogger", "BoltMessageFormat", ".toString"));
		CATEGORIES.put("Neo4j driver (all)", List.of("org.neo4j.driver", "org.neo4j.bolt"));
		CATEGORIES.put("Spring Security filters", List.of("org.springframework.security.web"));
		CATEGORIES.put("async dispatch (second pass)",
				List.of("AsyncContextImpl", "StandardHostValve.asyncDispatch", "CoyoteAdapter.asyncDispatch"));
		CATEGORIES.put("JSON writing (Jackson)", List.of("tools.jackson", "com.fasterxml.jackson"));
		CATEGORIES.put("response cache / HTTP caching", List.of("cymru.atebol.cache", "cymru.atebol.version"));
		CATEGORIES.put("Tomcat / HTTP", List.of("org.apache.coyote", "org.apache.tomcat"));
		CATEGORIES.put("GC / JIT / VM (no Java frame)", List.of());
	}

	private JfrSummary() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		int top = (args.length > 2 && args[1].equals("--top")) ? Integer.parseInt(args[2]) : 25;
		List<RecordedEvent> cpu = new ArrayList<>();
		List<RecordedEvent> execution = new ArrayList<>();
		try (RecordingFile recording = new RecordingFile(file)) {
			while (recording.hasMoreEvents()) {
				RecordedEvent event = recording.readEvent();
				switch (event.getEventType().getName()) {
					case "jdk.CPUTimeSample" -> cpu.add(event);
					case "jdk.ExecutionSample" -> execution.add(event);
					default -> {
					}
				}
			}
		}
		List<RecordedEvent> samples = cpu.isEmpty() ? execution : cpu;
		System.out.printf("%s: %d %s samples%n", file.getFileName(), samples.size(),
				cpu.isEmpty() ? "jdk.ExecutionSample" : "jdk.CPUTimeSample");
		Map<String, Integer> byCategory = new LinkedHashMap<>();
		CATEGORIES.keySet().forEach(k -> byCategory.put(k, 0));
		Map<String, Integer> self = new HashMap<>();
		for (RecordedEvent sample : samples) {
			var stack = sample.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				byCategory.merge("GC / JIT / VM (no Java frame)", 1, Integer::sum);
				continue;
			}
			List<String> names = new ArrayList<>();
			for (RecordedFrame frame : stack.getFrames()) {
				RecordedMethod method = frame.getMethod();
				names.add(method.getType().getName() + "." + method.getName());
			}
			self.merge(names.get(0), 1, Integer::sum);
			for (var category : CATEGORIES.entrySet()) {
				if (names.stream().anyMatch(n -> category.getValue().stream().anyMatch(n::contains))) {
					byCategory.merge(category.getKey(), 1, Integer::sum);
				}
			}
		}
		double total = Math.max(1, samples.size());
		System.out.println("\ninclusive share of samples by category (overlapping):");
		byCategory.forEach((k, v) -> System.out.printf("  %5.1f %%  %s%n", 100 * v / total, k));
		System.out.println("\ntop frames (self):");
		self.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100 * e.getValue() / total, e.getKey()));
	}

}
