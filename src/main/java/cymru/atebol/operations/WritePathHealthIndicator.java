package cymru.atebol.operations;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of readiness: UP while a write transaction that takes the dataset's write lock (as
 * every edit does) answers within {@code atebol.readiness.write-timeout}; DOWN when it
 * does not (Neo4j gone, or edits queued behind a long write). A probe is at most a few
 * seconds old: health checks from several load balancers share it.
 */
final class WritePathHealthIndicator implements HealthIndicator {

	private static final long REUSE_NANOS = Duration.ofSeconds(2).toNanos();

	private final WritePath writePath;

	private final Duration timeout;

	private volatile Health last = Health.unknown().withDetail("probe", "not yet").build();

	private volatile long lastAt;

	WritePathHealthIndicator(WritePath writePath, Duration timeout) {
		this.writePath = writePath;
		this.timeout = timeout;
	}

	@Override
	public Health health() {
		long now = System.nanoTime();
		if (now - this.lastAt > REUSE_NANOS) {
			this.last = probe();
			this.lastAt = System.nanoTime();
		}
		return this.last;
	}

	private Health probe() {
		try {
			Duration took = this.writePath.probe(this.timeout);
			return Health.up().withDetail("writeTransactionMillis", took.toMillis()).build();
		}
		catch (RuntimeException ex) {
			return Health.down()
				.withDetail("error",
						"A write transaction did not answer within %d ms: %s".formatted(this.timeout.toMillis(),
								ex.getMessage()))
				.build();
		}
	}

}
