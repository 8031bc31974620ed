package cymru.atebol.editing;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import cymru.atebol.neo4j.Cypher;
import cymru.atebol.time.At;

/**
 * Every Cypher statement of the editing API, run inside the edit's one transaction.
 * Record time follows the seed loader ({@code SeedWriter}): an entity's superseded
 * property set becomes an {@code :EntityRevision}, a superseded relationship gets
 * {@code recordedTo} and a new one (same id, next version) takes its place; nothing is
 * deleted.
 */
final class EditCypher {

	/**
	 * Takes each entity's write lock, in id order, before anything is read: a concurrent
	 * edit of the same entity waits here until this transaction ends, and then reads what
	 * it wrote. (Setting and removing a property leaves the node as it was but holds its
	 * lock to the end of the transaction.)
	 */
	private static final String LOCK_ENTITIES = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			SET e.editLock = true
			REMOVE e.editLock
			RETURN e.id AS id
			""";

	private static final String ENTITY_STATE = """
			MATCH (e:Entity {id: $id})
			RETURN properties(e) AS props,
				[(e)-[:HAS_NAME]->(n:Name) WHERE n.recordedTo IS NULL | properties(n)] AS names
			""";

	/**
	 * Ids are unique across entities (also retracted ones), sources and events, as in the
	 * seed.
	 */
	private static final String ID_USE = """
			CALL () {
				MATCH (:Entity {id: $id}) RETURN 'an entity' AS what
				UNION
				MATCH (:RetractedEntity {id: $id}) RETURN 'a retracted entity' AS what
				UNION
				MATCH (:Source {id: $id}) RETURN 'a source' AS what
				UNION
				MATCH (:ChangeEvent {id: $id}) RETURN 'a change event' AS what
			}
			RETURN what
			LIMIT 1
			""";

	private static final String CREATE_ENTITY = """
			CREATE (e:Entity)
			SET e = $props
			""";

	/**
	 * As the seed loader supersedes an entity: the old property set kept as it was, and
	 * until when.
	 */
	private static final String SUPERSEDE_ENTITY = """
			MATCH (e:Entity {id: $id})
			CREATE (old:EntityRevision)-[:REVISION_OF]->(e)
			SET old = properties(e), old.recordedFrom = coalesce(e.versionRecordedFrom, e.recordedFrom),
				old.recordedTo = $now
			SET e = $props
			""";

	private static final String ADD_NAME = """
			MATCH (e:Entity {id: $id})
			CREATE (e)-[:HAS_NAME]->(n:Name)
			SET n = $props
			""";

	/** Relationships of an entity that hold open-ended and began by {@code $lastDay}. */
	private static final String OPEN_RELATIONSHIPS = """
			MATCH (e:Entity {id: $id})-[r]-(:Entity)
			WHERE r.id IS NOT NULL AND r.recordedTo IS NULL AND r.validTo IS NULL
				AND (r.validFrom IS NULL OR r.validFrom <= $lastDay)
			RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
			ORDER BY r.id
			""";

	private static final String RELATIONSHIP_STATE = """
			MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
			WHERE r.id = $id AND r.recordedTo IS NULL
			RETURN r.id AS id, type(r) AS type, $from AS from, $to AS to, properties(r) AS props
			""";

	/** Every relationship, current or superseded, of one type between two entities. */
	private static final String SAME_TRIPLE = """
			MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
			WHERE type(r) = $type AND r.id IS NOT NULL
			RETURN r.id AS id, r.recordedTo IS NULL AND r.validTo IS NULL AS open, properties(r) AS props
			""";

	private static final String SUPERSEDE_RELATIONSHIP = """
			MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
			WHERE r.id = $id AND r.recordedTo IS NULL
			SET r.recordedTo = $now
			CREATE (a)-[n:$($type)]->(b)
			SET n = $props
			""";

	private static final String CREATE_RELATIONSHIP = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			CREATE (a)-[r:$($type)]->(b)
			SET r = $props
			""";

	private static final String KNOWN_SOURCES = """
			UNWIND $ids AS id
			MATCH (s:Source {id: id})
			RETURN s.id AS id
			""";

	private static final String SOURCE_BY_URL = """
			MATCH (s:Source)
			WHERE s.url = $url
			RETURN s.id AS id
			ORDER BY s.id
			LIMIT 1
			""";

	private static final String ADD_SOURCE = """
			MERGE (s:Source {id: $props.id})
			ON CREATE SET s = $props
			RETURN s.id AS id
			""";

	private static final String RECORD_EVENT = """
			CREATE (c:ChangeEvent)
			SET c = $props
			WITH c
			UNWIND $touched AS touched
			MATCH (x:Entity {id: touched.id})
			CREATE (c)-[:TOUCHED {role: touched.role}]->(x)
			""";

	/** The projections the read API maps (GraphValues, HistoryValues). */
	private static final Cypher.Statement ENTITIES = Cypher.compose("""
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			RETURN {{entity(e)}} AS entity
			""");

	private static final Cypher.Statement RELATIONSHIP = Cypher.compose("""
			MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
			WHERE r.id = $id AND {{recorded(r)}}
			RETURN {{relationship(r)}} AS relationship, {{entity(a)}} AS from, {{entity(b)}} AS to
			""");

	private static final String EVENT = """
			MATCH (c:ChangeEvent {id: $id})
			RETURN c {.*, touched: [(c)-[t:TOUCHED]->(x:Entity) | {id: x.id, role: t.role}]} AS event
			""";

	private EditCypher() {
	}

	/** The current state of an entity: its properties and its former names. */
	record EntityState(Map<String, Object> props, List<Map<String, Object>> names) {

		int version() {
			return ((Number) this.props.getOrDefault("version", 1L)).intValue();
		}

	}

	/** The current version of a relationship. */
	record RelationshipState(String id, String type, String from, String to, Map<String, Object> props) {

		int version() {
			return ((Number) this.props.getOrDefault("version", 1L)).intValue();
		}

	}

	/** Locks the entities and returns the ids of those that exist. */
	static List<String> lockEntities(TransactionContext tx, List<String> ids) {
		List<String> sorted = ids.stream().distinct().sorted().toList();
		return tx.run(LOCK_ENTITIES, Map.of("ids", sorted)).list(r -> r.get("id").asString());
	}

	static Optional<EntityState> entity(TransactionContext tx, String id) {
		return tx.run(ENTITY_STATE, Map.of("id", id))
			.list(r -> new EntityState(r.get("props").asMap(), r.get("names").asList(Value::asMap)))
			.stream()
			.findFirst();
	}

	/** What already has the id ("an entity", "a source"...), if anything. */
	static Optional<String> idUse(TransactionContext tx, String id) {
		return tx.run(ID_USE, Map.of("id", id)).list(r -> r.get("what").asString()).stream().findFirst();
	}

	static void createEntity(TransactionContext tx, Map<String, Object> props) {
		tx.run(CREATE_ENTITY, Map.of("props", props)).consume();
	}

	static void supersedeEntity(TransactionContext tx, String id, Map<String, Object> props, ZonedDateTime now) {
		tx.run(SUPERSEDE_ENTITY, Map.of("id", id, "props", props, "now", now)).consume();
	}

	static void addName(TransactionContext tx, String id, Map<String, Object> props) {
		tx.run(ADD_NAME, Map.of("id", id, "props", props)).consume();
	}

	static List<RelationshipState> openRelationships(TransactionContext tx, String id, LocalDate lastDay) {
		return tx.run(OPEN_RELATIONSHIPS, Map.of("id", id, "lastDay", lastDay)).list(EditCypher::relationshipState);
	}

	static Optional<RelationshipState> relationship(TransactionContext tx, String id, String from, String to) {
		return tx.run(RELATIONSHIP_STATE, Map.of("id", id, "from", from, "to", to))
			.list(EditCypher::relationshipState)
			.stream()
			.findFirst();
	}

	/**
	 * Relationships of a type between two entities: id -> whether it is open (current and
	 * not ended).
	 */
	static Map<String, Boolean> sameTriple(TransactionContext tx, String from, String type, String to) {
		Map<String, Boolean> ids = new HashMap<>();
		tx.run(SAME_TRIPLE, Map.of("from", from, "type", type, "to", to))
			.forEachRemaining(r -> ids.merge(r.get("id").asString(), r.get("open").asBoolean(), Boolean::logicalOr));
		return ids;
	}

	static void supersedeRelationship(TransactionContext tx, RelationshipState old, Map<String, Object> props,
			ZonedDateTime now) {
		tx.run(SUPERSEDE_RELATIONSHIP, Map.of("id", old.id(), "from", old.from(), "to", old.to(), "type", old.type(),
				"props", props, "now", now))
			.consume();
	}

	static void createRelationship(TransactionContext tx, String from, String type, String to,
			Map<String, Object> props) {
		tx.run(CREATE_RELATIONSHIP, Map.of("from", from, "type", type, "to", to, "props", props)).consume();
	}

	static List<String> knownSources(TransactionContext tx, List<String> ids) {
		return tx.run(KNOWN_SOURCES, Map.of("ids", ids)).list(r -> r.get("id").asString());
	}

	static Optional<String> sourceByUrl(TransactionContext tx, String url) {
		return tx.run(SOURCE_BY_URL, Map.of("url", url)).list(r -> r.get("id").asString()).stream().findFirst();
	}

	static void addSource(TransactionContext tx, Map<String, Object> props) {
		tx.run(ADD_SOURCE, Map.of("props", props)).consume();
	}

	static void recordEvent(TransactionContext tx, Map<String, Object> props, List<Map<String, Object>> touched) {
		tx.run(RECORD_EVENT, Map.of("props", props, "touched", touched)).consume();
	}

	/** The entities as the read API shows them today, after the edit. */
	static List<Value> entities(TransactionContext tx, List<String> ids, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.put("ids", ids);
		return tx.run(ENTITIES.at(at), parameters).list(r -> r.get("entity"));
	}

	static Record relationshipView(TransactionContext tx, String id, String from, String to, At at) {
		Map<String, Object> parameters = at.parameters();
		parameters.putAll(Map.of("id", id, "from", from, "to", to));
		return tx.run(RELATIONSHIP.at(at), parameters).single();
	}

	static Value event(TransactionContext tx, String id) {
		return tx.run(EVENT, Map.of("id", id)).single().get("event");
	}

	private static RelationshipState relationshipState(Record r) {
		return new RelationshipState(r.get("id").asString(), r.get("type").asString(), r.get("from").asString(),
				r.get("to").asString(), new LinkedHashMap<>(r.get("props").asMap()));
	}

	/**
	 * A property map without nulls: {@code SET x = $props} would drop those keys anyway.
	 */
	static Map<String, Object> withoutNulls(Map<String, @Nullable Object> props) {
		Map<String, Object> clean = new LinkedHashMap<>();
		props.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

}
