package cymru.atebol.version;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;

/**
 * The dataset version: {@link #bump} makes a new one inside the transaction of a seed
 * load or an edit, {@link #current} says which one this instance may answer for.
 * <p>
 * The current version is read from Neo4j at start-up, again after every write of this
 * instance ({@link #refresh}, before the write is acknowledged), and every
 * {@code atebol.dataset-version.poll-interval} for the writes of other instances. A read
 * is trusted for {@code atebol.dataset-version.max-lag} from the moment it started; an
 * older one (polling failing) makes {@link #current} empty. So a version this instance
 * answers for is never older than any change acknowledged more than max-lag ago, and
 * never older than any change this instance acknowledged. Reads run through the driver's
 * shared bookmark manager, so on a cluster the queries after a read of version V see at
 * least the state that read saw.
 */
@Component
public final class DatasetVersions implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DatasetVersions.class);

	/**
	 * Takes the {@code :Dataset} node's write lock first, so edits and seed loads run one
	 * after the other and their numbers follow their commits.
	 */
	private static final String BUMP = """
			MERGE (d:Dataset {id: 'dataset'})
			SET d.version = coalesce(d.version, 0) + 1, d.recordedAt = $recordedAt
			CREATE (v:DatasetVersion {number: d.version, recordedAt: $recordedAt, kind: $kind,
				recordedBy: $recordedBy, operation: $operation, description: $description})
			RETURN d.version AS number
			""";

	private static final String CURRENT = """
			MATCH (d:Dataset {id: 'dataset'})
			RETURN d.version AS number, d.recordedAt AS recordedAt
			""";

	/** A version as read, and when the read started ({@code null} version: unknown). */
	private record Known(@Nullable DatasetVersion version, long readStartedNanos) {

		boolean newerThan(@Nullable Known other) {
			return other == null || this.readStartedNanos - other.readStartedNanos > 0;
		}

	}

	/** The name of the thread that reads the version every poll interval. */
	public static final String POLL_THREAD = "dataset-version-poll";

	private final Graph graph;

	private final long pollMillis;

	private final long maxLagNanos;

	private final AtomicReference<@Nullable Known> known = new AtomicReference<>();

	private @Nullable ScheduledExecutorService poller;

	private volatile boolean failing;

	DatasetVersions(Graph graph, DatasetVersionProperties properties) {
		this.graph = graph;
		this.pollMillis = properties.pollInterval().toMillis();
		this.maxLagNanos = properties.maxLag().toNanos();
	}

	/**
	 * Makes the next version of the dataset inside a write transaction: the
	 * {@code :Dataset} node's {@code version} plus one (it locks that node until the
	 * transaction ends), and a {@code :DatasetVersion} node describing the change. Call
	 * it once per transaction (an edit calls it first); it takes effect with the
	 * transaction or not at all.
	 * @return the new version
	 */
	public static DatasetVersion bump(TransactionContext tx, DatasetChange change) {
		long number = tx
			.run(BUMP,
					Map.of("recordedAt", change.recordedAt(), "kind", change.kind().name(), "recordedBy",
							change.recordedBy(), "operation", change.operation(), "description", change.description()))
			.single()
			.get("number")
			.asLong();
		return new DatasetVersion(number, change.recordedAt().toInstant());
	}

	/**
	 * The version this instance may answer for now, or empty when its last successful
	 * read is older than {@code atebol.dataset-version.max-lag}.
	 */
	public Optional<DatasetVersion> current() {
		Known now = this.known.get();
		if (now == null || now.version() == null || System.nanoTime() - now.readStartedNanos() > this.maxLagNanos) {
			return Optional.empty();
		}
		return Optional.of(now.version());
	}

	/**
	 * Reads the version from Neo4j now; called after this instance's writes, before they
	 * are acknowledged. When the read fails the version is unknown (the cache is not
	 * used) until a later read succeeds.
	 */
	public Optional<DatasetVersion> refresh() {
		long started = System.nanoTime();
		try {
			DatasetVersion version = read();
			accept(new Known(version, started));
			if (this.failing) {
				this.failing = false;
				logger.info("Dataset version read again: " + version.number());
			}
		}
		catch (RuntimeException ex) {
			// a later read must not be overtaken by a read that started before this
			// failure
			accept(new Known(null, System.nanoTime()));
			if (!this.failing) {
				this.failing = true;
				logger.warn("Could not read the dataset version (answers are not cached until it can be read): " + ex);
			}
		}
		return current();
	}

	private DatasetVersion read() {
		List<DatasetVersion> versions = this.graph.read(CURRENT, Map.of(),
				r -> new DatasetVersion(r.get("number").asLong(),
						r.get("recordedAt").isNull() ? null : r.get("recordedAt").asZonedDateTime().toInstant()));
		return versions.isEmpty() ? DatasetVersion.NONE : versions.get(0);
	}

	private void accept(Known next) {
		this.known.accumulateAndGet(next, (current, candidate) -> candidate.newerThan(current) ? candidate : current);
	}

	@Override
	public synchronized void start() {
		refresh();
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(POLL_THREAD).factory());
		executor.scheduleWithFixedDelay(this::refresh, this.pollMillis, this.pollMillis, TimeUnit.MILLISECONDS);
		this.poller = executor;
	}

	@Override
	public synchronized void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.poller != null;
	}

}
