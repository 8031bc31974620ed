package cymru.atebol.seed;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Today;
import cymru.atebol.version.DatasetVersions;

/**
 * Reads, validates and loads the seed: nothing is written unless every file passes every
 * rule, and a seed whose content hash matches what the database holds is not loaded
 * again.
 */
@Component
public final class SeedLoader {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final Graph graph;

	private final SeedProperties properties;

	private final Today today;

	private final DatasetVersions versions;

	SeedLoader(Graph graph, SeedProperties properties, Today today, DatasetVersions versions) {
		// loading runs at start-up, where the first statements are planned cold
		this.graph = graph.withTimeout(Graph.STARTUP_TIMEOUT);
		this.properties = properties;
		this.today = today;
		this.versions = versions;
	}

	/** What a load did. */
	public record Outcome(boolean loaded, String hash, int created, int updated, int retracted,
			List<String> keptEdits) {
	}

	/**
	 * Reads and validates the seed at a location, writing nothing.
	 * @throws InvalidSeedException listing every problem, if there is any
	 */
	public static Seed validated(String location) {
		return validated(SeedFiles.read(location));
	}

	static Seed validated(List<SeedFile> files) {
		SeedReader.Result read = SeedReader.read(files);
		List<SeedProblem> problems = new ArrayList<>(read.problems());
		problems.addAll(SeedValidator.validate(read.seed(), read.citations()));
		if (!problems.isEmpty()) {
			throw new InvalidSeedException(problems);
		}
		return read.seed();
	}

	/**
	 * Loads the seed if its hash differs from the one last loaded (or always, when
	 * forced).
	 */
	public Outcome load(boolean force) {
		return load(SeedFiles.read(this.properties.location()), force);
	}

	Outcome load(List<SeedFile> files, boolean force) {
		return load(files, force, this.today.recordTime());
	}

	/**
	 * Loads the seed as recorded at the given moment (tests replay a history with it).
	 */
	Outcome load(List<SeedFile> files, boolean force, ZonedDateTime recordTime) {
		long started = System.nanoTime();
		// The hash is of the files themselves: an unchanged seed (every restart) is not
		// read and validated again; it was when it was loaded.
		String hash = SeedFiles.hash(files);
		if (!force && hash.equals(loadedHash())) {
			logger.info("Seed unchanged (hash %s), not loaded again".formatted(hash.substring(0, 12)));
			return new Outcome(false, hash, 0, 0, 0, List.of());
		}
		Seed seed = validated(files);
		SeedWriter.Changes changes = new SeedWriter(this.graph).write(seed, DerivedEvents.all(seed), recordTime);
		// the load made a new dataset version (SeedWriter): answer for it from now on
		this.versions.refresh();
		logger.info("Seed %s loaded in %d ms: %d created, %d updated, %d retracted (%d entities, %d relationships)"
			.formatted(seed.hash().substring(0, 12), (System.nanoTime() - started) / 1_000_000, changes.created(),
					changes.updated(), changes.retracted(), seed.entities().size(), seed.relationships().size()));
		if (!changes.keptEdits().isEmpty()) {
			logger.warn("Facts changed through the API were kept, not overwritten by the seed: " + changes.keptEdits());
		}
		return new Outcome(true, seed.hash(), changes.created(), changes.updated(), changes.retracted(),
				changes.keptEdits());
	}

	private String loadedHash() {
		List<String> hashes = this.graph.read("MATCH (s:SeedState {id: 'graph-seed'}) RETURN s.hash AS hash", Map.of(),
				r -> r.get("hash").asString(null));
		return hashes.isEmpty() ? "" : hashes.get(0);
	}

}
