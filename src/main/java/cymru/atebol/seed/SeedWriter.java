package cymru.atebol.seed;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.version.DatasetChange;
import cymru.atebol.version.DatasetVersions;

/**
 * Writes a validated seed in one transaction, so a failure leaves the graph as it was.
 * Facts are compared with what the graph holds: unchanged facts are left alone (a re-run
 * changes nothing), changed ones are superseded in record time rather than overwritten,
 * and facts the seed no longer has are retracted (never deleted). Facts an editor changed
 * through the API are the editor's: the seed does not overwrite them.
 */
final class SeedWriter {

	static final String SEED = "seed";

	private static final Set<String> BOOKKEEPING = Set.of("version", "recordedFrom", "versionRecordedFrom",
			"recordedBy", "recordedTo");

	private final Graph graph;

	SeedWriter(Graph graph) {
		this.graph = graph;
	}

	/** What a load changed. */
	record Changes(int created, int updated, int retracted, List<String> keptEdits) {

		boolean none() {
			return this.created == 0 && this.updated == 0 && this.retracted == 0;
		}

		Changes plus(Changes other) {
			List<String> edits = new ArrayList<>(this.keptEdits);
			edits.addAll(other.keptEdits);
			return new Changes(this.created + other.created, this.updated + other.updated,
					this.retracted + other.retracted, edits);
		}

	}

	/**
	 * Writes the seed; every fact it writes or supersedes is recorded at
	 * {@code recordTime}.
	 */
	Changes write(Seed seed, List<Seed.Event> events, ZonedDateTime recordTime) {
		try (Session session = this.graph.driver().session(this.graph.writeSession())) {
			return session.executeWrite(tx -> write(tx, seed, events, recordTime),
					TransactionConfig.builder().withTimeout(Graph.STARTUP_TIMEOUT).build());
		}
	}

	private Changes write(TransactionContext tx, Seed seed, List<Seed.Event> events, ZonedDateTime now) {
		Value loaded = tx.run("OPTIONAL MATCH (s:SeedState {id: 'graph-seed'}) RETURN s.hash AS hash")
			.single()
			.get("hash");
		tx.run("""
				UNWIND $rows AS row
				MERGE (s:Source {id: row.id})
				SET s = row
				""", Map.of("rows", seed.sources().stream().map(SeedRows::source).toList()));
		Changes changes = entities(tx, seed, now);
		changes = changes.plus(relationships(tx, seed, now));
		changes = changes.plus(events(tx, events, now));
		tx.run("""
				MERGE (s:SeedState {id: 'graph-seed'})
				SET s.hash = $hash, s.loadedAt = $now
				""", Map.of("hash", seed.hash(), "now", now));
		// a new state of the dataset, unless the same seed was loaded again and changed
		// nothing (a forced reload)
		if (!changes.none() || loaded.isNull() || !seed.hash().equals(loaded.asString())) {
			DatasetVersions.bump(tx, DatasetChange.seedLoad(now, "Seed " + seed.hash().substring(0, 12)));
		}
		return changes;
	}

	private Changes entities(TransactionContext tx, Seed seed, ZonedDateTime now) {
		EvidenceDates evidence = EvidenceDates.of(seed.sources());
		Map<String, Map<String, Object>> current = new HashMap<>();
		tx.run("MATCH (e:Entity) RETURN e.id AS id, properties(e) AS props")
			.forEachRemaining(r -> current.put(r.get("id").asString(), r.get("props").asMap()));
		Map<String, Map<String, Object>> currentNames = children(tx, "HAS_NAME", "Name");
		Map<String, Map<String, Object>> currentCounts = children(tx, "HAS_COUNT", "Count");

		List<Map<String, Object>> creates = new ArrayList<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		List<Map<String, Object>> names = new ArrayList<>();
		List<Map<String, Object>> counts = new ArrayList<>();
		List<String> keptEdits = new ArrayList<>();
		Set<String> inSeed = new HashSet<>();
		for (Seed.Entity entity : seed.entities()) {
			inSeed.add(entity.id());
			Map<String, Object> wanted = SeedRows.entity(entity, evidence);
			Map<String, Object> existing = current.get(entity.id());
			if (existing != null && !SEED.equals(existing.get("recordedBy"))) {
				keptEdits.add(entity.id());
				continue;
			}
			if (existing == null) {
				creates.add(stamped(wanted, 1, now));
			}
			else if (!content(existing).equals(wanted)) {
				updates.add(stamped(wanted, ((Number) existing.get("version")).longValue() + 1, now));
			}
			List<Object> wantedNames = List.copyOf(entity.names().stream().map(SeedRows::name).toList());
			if (!sameSet(currentNames.get(entity.id()), wantedNames)) {
				names.add(Map.of("id", entity.id(), "items", stampedAll(wantedNames, now)));
			}
			List<Object> wantedCounts = List.copyOf(entity.counts().stream().map(SeedRows::count).toList());
			if (!sameSet(currentCounts.get(entity.id()), wantedCounts)) {
				counts.add(Map.of("id", entity.id(), "items", stampedAll(wantedCounts, now)));
			}
		}
		List<String> retract = retractable(current, inSeed);

		tx.run("""
				UNWIND $rows AS row
				CREATE (e:Entity)
				SET e = row
				""", Map.of("rows", creates));
		tx.run("""
				UNWIND $rows AS row
				MATCH (e:Entity {id: row.id})
				WITH e, row, e.recordedFrom AS firstRecorded
				CREATE (old:EntityRevision)-[:REVISION_OF]->(e)
				SET old = properties(e), old.recordedFrom = coalesce(e.versionRecordedFrom, e.recordedFrom),
					old.recordedTo = $now
				SET e = row, e.recordedFrom = firstRecorded
				""", Map.of("rows", updates, "now", now));
		replaceChildren(tx, "HAS_NAME", "Name", names, now);
		replaceChildren(tx, "HAS_COUNT", "Count", counts, now);
		tx.run("""
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				OPTIONAL MATCH (e)-[r]-(:Entity)
				WHERE r.recordedTo IS NULL
				SET r.recordedTo = $now
				WITH DISTINCT e
				REMOVE e:Entity
				SET e:RetractedEntity, e.recordedTo = $now
				""", Map.of("ids", retract, "now", now));
		return new Changes(creates.size(), updates.size() + names.size() + counts.size(), retract.size(), keptEdits);
	}

	/**
	 * The current (not superseded) child nodes of every entity, as property maps without
	 * bookkeeping.
	 */
	private static Map<String, Map<String, Object>> children(TransactionContext tx, String type, String label) {
		Map<String, Map<String, Object>> byEntity = new HashMap<>();
		tx.run("""
				MATCH (e:Entity)-[:$($type)]->(c:$($label))
				WHERE c.recordedTo IS NULL
				RETURN e.id AS id, collect(properties(c)) AS items
				""", Map.of("type", type, "label", label))
			.forEachRemaining(r -> byEntity.put(r.get("id").asString(),
					Map.of("items", r.get("items").asList(v -> content(v.asMap())))));
		return byEntity;
	}

	private static boolean sameSet(Map<String, Object> current, List<Object> wanted) {
		List<?> items = (current != null) ? (List<?>) current.get("items") : List.of();
		return new HashSet<>(items).equals(new HashSet<>(wanted)) && items.size() == wanted.size();
	}

	private static void replaceChildren(TransactionContext tx, String type, String label,
			List<Map<String, Object>> rows, ZonedDateTime now) {
		tx.run("""
				UNWIND $rows AS row
				MATCH (e:Entity {id: row.id})
				OPTIONAL MATCH (e)-[:$($type)]->(old:$($label))
				WHERE old.recordedTo IS NULL
				SET old.recordedTo = $now
				WITH DISTINCT e, row
				UNWIND row.items AS item
				CREATE (e)-[:$($type)]->(c:$($label))
				SET c = item
				""", Map.of("rows", rows, "type", type, "label", label, "now", now));
	}

	private Changes relationships(TransactionContext tx, Seed seed, ZonedDateTime now) {
		EvidenceDates evidence = EvidenceDates.of(seed.sources());
		record Current(String type, String from, String to, Map<String, Object> props) {
		}
		Map<String, Current> current = new HashMap<>();
		tx.run("""
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE r.recordedTo IS NULL AND r.id IS NOT NULL
				RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
				""")
			.forEachRemaining(r -> current.put(r.get("id").asString(), new Current(r.get("type").asString(),
					r.get("from").asString(), r.get("to").asString(), r.get("props").asMap())));

		List<Map<String, Object>> creates = new ArrayList<>();
		List<Map<String, Object>> retire = new ArrayList<>();
		List<String> keptEdits = new ArrayList<>();
		Set<String> inSeed = new HashSet<>();
		int updated = 0;
		for (Seed.Relationship relationship : seed.relationships()) {
			inSeed.add(relationship.id());
			Map<String, Object> wanted = SeedRows.relationship(relationship, evidence);
			Current existing = current.get(relationship.id());
			long version = 1;
			if (existing != null) {
				if (!SEED.equals(existing.props().get("recordedBy"))) {
					keptEdits.add(relationship.id());
					continue;
				}
				boolean same = existing.type().equals(relationship.type())
						&& existing.from().equals(relationship.from()) && existing.to().equals(relationship.to())
						&& content(existing.props()).equals(wanted);
				if (same) {
					continue;
				}
				retire.add(Map.of("id", relationship.id(), "from", existing.from()));
				version = ((Number) existing.props().get("version")).longValue() + 1;
				updated++;
			}
			creates.add(Map.of("from", relationship.from(), "to", relationship.to(), "type", relationship.type(),
					"props", stamped(wanted, version, now)));
		}
		current.forEach((id, existing) -> {
			if (!inSeed.contains(id) && SEED.equals(existing.props().get("recordedBy"))) {
				retire.add(Map.of("id", id, "from", existing.from()));
			}
		});
		tx.run("""
				UNWIND $rows AS row
				MATCH (:Entity {id: row.from})-[r]->(:Entity)
				WHERE r.id = row.id AND r.recordedTo IS NULL
				SET r.recordedTo = $now
				""", Map.of("rows", retire, "now", now));
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
				CREATE (a)-[r:$(row.type)]->(b)
				SET r = row.props
				""", Map.of("rows", creates));
		return new Changes(creates.size() - updated, updated, retire.size() - updated, keptEdits);
	}

	private Changes events(TransactionContext tx, List<Seed.Event> events, ZonedDateTime now) {
		Map<String, Map<String, Object>> current = new HashMap<>();
		tx.run("""
				MATCH (c:ChangeEvent)
				OPTIONAL MATCH (c)-[t:TOUCHED]->(e:Entity)
				WITH c, collect({id: e.id, role: t.role}) AS touched
				RETURN c.id AS id, properties(c) AS props, [x IN touched WHERE x.id IS NOT NULL] AS touched
				""").forEachRemaining(r -> {
			Map<String, Object> props = new LinkedHashMap<>(r.get("props").asMap());
			props.put("touched", new HashSet<>(r.get("touched").asList(v -> v.asMap())));
			current.put(r.get("id").asString(), props);
		});
		List<Map<String, Object>> creates = new ArrayList<>();
		List<Map<String, Object>> updates = new ArrayList<>();
		List<String> keptEdits = new ArrayList<>();
		Set<String> wantedIds = new HashSet<>();
		for (Seed.Event event : events) {
			wantedIds.add(event.id());
			Map<String, Object> wanted = SeedRows.event(event);
			List<Map<String, Object>> touched = SeedRows.touched(event);
			Map<String, Object> existing = current.get(event.id());
			if (existing != null && !SEED.equals(existing.get("recordedBy"))) {
				keptEdits.add(event.id());
				continue;
			}
			if (existing == null) {
				creates.add(Map.of("props", stamped(wanted, 1, now), "touched", touched));
				continue;
			}
			Map<String, Object> existingContent = new LinkedHashMap<>(content(existing));
			Object existingTouched = existingContent.remove("touched");
			if (!existingContent.equals(wanted) || !Objects.equals(existingTouched, new HashSet<>(touched))) {
				long version = ((Number) existing.get("version")).longValue() + 1;
				updates.add(Map.of("props", stamped(wanted, version, now), "touched", touched));
			}
		}
		List<String> retract = retractable(current, wantedIds);
		tx.run("""
				UNWIND $rows AS row
				MATCH (c:ChangeEvent {id: row.props.id})
				WITH c, row, c.recordedFrom AS firstRecorded
				CREATE (old:ChangeEventRevision)-[:REVISION_OF]->(c)
				SET old = properties(c), old.recordedFrom = coalesce(c.versionRecordedFrom, c.recordedFrom),
					old.recordedTo = $now, old.touched = [(c)-[t:TOUCHED]->(e:Entity) | e.id + ' ' + t.role]
				SET c = row.props, c.recordedFrom = firstRecorded
				WITH c, row
				OPTIONAL MATCH (c)-[t:TOUCHED]->()
				DELETE t
				""", Map.of("rows", updates, "now", now));
		tx.run("""
				UNWIND $rows AS row
				MERGE (c:ChangeEvent {id: row.props.id})
				SET c = row.props
				WITH c, row
				UNWIND row.touched AS touched
				MATCH (e:Entity {id: touched.id})
				CREATE (c)-[:TOUCHED {role: touched.role}]->(e)
				""", Map.of("rows", concat(creates, updates)));
		tx.run("""
				UNWIND $ids AS id
				MATCH (c:ChangeEvent {id: id})
				REMOVE c:ChangeEvent
				SET c:RetractedChangeEvent, c.recordedTo = $now
				""", Map.of("ids", retract, "now", now));
		return new Changes(creates.size(), updates.size(), retract.size(), keptEdits);
	}

	private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
		List<Map<String, Object>> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static Map<String, Object> content(Map<String, Object> props) {
		Map<String, Object> content = new LinkedHashMap<>(props);
		content.keySet().removeAll(BOOKKEEPING);
		return content;
	}

	/**
	 * The facts the graph holds, by id, that the seed recorded and no longer has: those
	 * to retract (an editor's facts stay).
	 */
	private static List<String> retractable(Map<String, Map<String, Object>> current, Set<String> inSeed) {
		return current.entrySet()
			.stream()
			.filter(e -> !inSeed.contains(e.getKey()) && SEED.equals(e.getValue().get("recordedBy")))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Map<String, Object> stamped(Map<String, Object> row, long version, ZonedDateTime now) {
		Map<String, Object> stamped = new LinkedHashMap<>(row);
		stamped.put("version", version);
		stamped.put("recordedFrom", now);
		stamped.put("versionRecordedFrom", now);
		stamped.put("recordedBy", SEED);
		return stamped;
	}

	private static List<Object> stampedAll(List<Object> rows, ZonedDateTime now) {
		List<Object> stamped = new ArrayList<>();
		for (Object row : rows) {
			Map<String, Object> map = new LinkedHashMap<>(castMap(row));
			map.put("recordedFrom", now);
			map.put("recordedBy", SEED);
			stamped.add(map);
		}
		return stamped;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(Object row) {
		return (Map<String, Object>) row;
	}

}
