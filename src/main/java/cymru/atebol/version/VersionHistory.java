package cymru.atebol.version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;

/**
 * Reads the recorded versions of the dataset (the {@code :DatasetVersion} nodes): all of
 * them, the one in force at a record time, and a page of those after a moment.
 */
@Component
public final class VersionHistory {

	private static final String ALL = """
			MATCH (v:DatasetVersion)
			RETURN v {.*} AS v
			ORDER BY v.number
			""";

	/** The latest version recorded at or before the moment (null: the latest of all). */
	private static final String IN_FORCE = """
			MATCH (v:DatasetVersion)
			WHERE $recordedAsOf IS NULL OR v.recordedAt <= $recordedAsOf
			RETURN v {.*} AS v
			ORDER BY v.number DESC
			LIMIT 1
			""";

	private static final String AFTER = """
			MATCH (v:DatasetVersion)
			WHERE v.recordedAt > $since AND $first <= v.number <= $last
			RETURN v {.*} AS v
			ORDER BY v.number
			LIMIT $limit
			""";

	private final Graph graph;

	VersionHistory(Graph graph) {
		this.graph = graph;
	}

	/** Every version, oldest first. */
	public List<VersionEntry> all() {
		return this.graph.read(ALL, Map.of(), VersionHistory::entry);
	}

	/**
	 * The version the dataset was in at the record time: the last one recorded at or
	 * before it; {@code null}: the latest. Empty before the first version.
	 */
	public Optional<VersionEntry> inForce(@Nullable OffsetDateTime recordedAsOf) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("recordedAsOf", recordedAsOf);
		return this.graph.read(IN_FORCE, parameters, VersionHistory::entry).stream().findFirst();
	}

	/**
	 * Up to {@code limit} versions recorded after {@code since}, numbered {@code first}
	 * to {@code last}, in order.
	 */
	public List<VersionEntry> after(OffsetDateTime since, long first, long last, int limit) {
		return this.graph.read(AFTER, Map.of("since", since, "first", first, "last", last, "limit", limit),
				VersionHistory::entry);
	}

	private static VersionEntry entry(Record row) {
		var v = row.get("v");
		return new VersionEntry(v.get("number").asLong(), v.get("recordedAt").asOffsetDateTime(),
				v.get("kind").asString(), v.get("recordedBy").asString(), v.get("operation").asString(),
				v.get("description").asString(""));
	}

}
