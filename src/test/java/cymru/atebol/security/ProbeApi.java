package cymru.atebol.security;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import java.time.Duration;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.neo4j.Graphs;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * A test-only API over the real {@link Graph} (schema in
 * {@code graphql-probe/probe.graphqls}): import it and add {@link #SCHEMA} to a test's
 * properties.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProbeApi {

	public static final String SCHEMA = "spring.graphql.schema.additional-files=classpath:graphql-probe/probe.graphqls";

	/**
	 * How long {@code slowProbe} may run: short, where the service's own timeout must
	 * leave migrations room.
	 */
	public static final Duration SLOW_PROBE_TIMEOUT = Duration.ofSeconds(1);

	/**
	 * The transaction timeout of {@code patientSlowProbe}: longer than any test waits.
	 */
	public static final Duration PATIENT_PROBE_TIMEOUT = Duration.ofMinutes(1);

	/** What {@code slowProbe} and {@code patientSlowProbe} run. */
	public static final String SLOW_CYPHER = """
			UNWIND range(1, 2000000000) AS x
			WITH x WHERE x % 7 = 0
			RETURN count(*) AS count
			""";

	/** A probe: an id and a note. */
	public record Probe(String id, @Nullable String note) {
	}

	/** Registered as a member class of this configuration. */
	@Controller
	static class ProbeController {

		private final Graph graph;

		private final Graph impatient;

		private final Graph patient;

		ProbeController(Graph graph) {
			this.graph = graph;
			this.impatient = Graphs.withTimeout(graph.driver(), (graph.database() != null) ? graph.database() : "",
					SLOW_PROBE_TIMEOUT);
			this.patient = Graphs.withTimeout(graph.driver(), (graph.database() != null) ? graph.database() : "",
					PATIENT_PROBE_TIMEOUT);
		}

		@QueryMapping
		List<Probe> probes(@Argument int first) {
			return this.graph.read("""
					UNWIND range(1, $first) AS i
					RETURN toString(i) AS id
					""", Map.of("first", first), r -> new Probe(r.get("id").asString(), null));
		}

		@QueryMapping
		int probeCount() {
			return this.graph.read("MATCH (p:Probe) RETURN count(p) AS count", Map.of(), r -> r.get("count").asInt())
				.get(0);
		}

		@QueryMapping
		String echo(@Argument String text) {
			return this.graph.read("RETURN $text AS text", Map.of("text", text), r -> r.get("text").asString()).get(0);
		}

		@QueryMapping
		int slowProbe() {
			return this.impatient.read(SLOW_CYPHER, Map.of(), r -> r.get("count").asInt()).get(0);
		}

		@QueryMapping
		int patientSlowProbe() {
			return this.patient.read(SLOW_CYPHER, Map.of(), r -> r.get("count").asInt()).get(0);
		}

		@QueryMapping
		int sleepProbe(@Argument int millis) throws InterruptedException {
			Thread.sleep(millis);
			return millis;
		}

		@MutationMapping
		@PreAuthorize("@editorAccess.decide(authentication)")
		Probe recordProbe(@Argument String note, Principal editor) {
			var result = this.graph.write("""
					CREATE (p:Probe {note: $note, recordedBy: $editor})
					RETURN elementId(p) AS id
					""", Map.of("note", note, "editor", editor.getName()));
			return new Probe(result.records().get(0).get("id").asString(), note);
		}

		@SchemaMapping
		Probe nested(Probe probe) {
			return new Probe(probe.id() + ".n", null);
		}

		@SchemaMapping
		List<Probe> children(Probe probe, @Argument int first) {
			return IntStream.range(0, first).mapToObj(i -> new Probe(probe.id() + "." + i, null)).toList();
		}

	}

}
