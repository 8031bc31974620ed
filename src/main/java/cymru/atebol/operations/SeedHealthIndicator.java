package cymru.atebol.operations;

import java.util.List;
import java.util.Map;

import cymru.atebol.neo4j.Graph;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of readiness: UP when the graph holds a loaded seed (its hash and when it was
 * loaded as details), DOWN when it holds none although the service loads the seed at
 * start-up (an emptied or wrong database). With {@code atebol.seed.load-on-startup=false}
 * the operator manages the data, and it is UP either way.
 */
final class SeedHealthIndicator implements HealthIndicator {

	private final Graph graph;

	private final boolean required;

	SeedHealthIndicator(Graph graph, boolean required) {
		this.graph = graph;
		this.required = required;
	}

	@Override
	public Health health() {
		List<Map<String, Object>> seeds;
		try {
			seeds = this.graph.read("""
					MATCH (s:SeedState {id: 'graph-seed'})
					RETURN s.hash AS hash, toString(s.loadedAt) AS loadedAt
					""", Map.of(), r -> r.asMap());
		}
		catch (RuntimeException ex) {
			return Health.down().withDetail("error", "The graph could not be read: " + ex.getMessage()).build();
		}
		if (seeds.isEmpty()) {
			return (this.required ? Health.down() : Health.up()).withDetail("seed", "none loaded").build();
		}
		String hash = String.valueOf(seeds.get(0).get("hash"));
		return Health.up()
			.withDetail("hash", hash.substring(0, Math.min(12, hash.length())))
			.withDetail("loadedAt", String.valueOf(seeds.get(0).get("loadedAt")))
			.build();
	}

}
