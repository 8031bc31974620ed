package cymru.atebol.export;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.RelationTypes;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Today;

/**
 * The Cypher behind the network files, each row handed on as Neo4j streams it: the
 * entities and relationships in force on a date (the same rules as
 * {@link SnapshotQueries}: a relationship in force on the date between two entities that
 * existed then), and every entity and current relationship for the whole history.
 */
@Component
class NetworkQueries {

	/**
	 * A REPLACED_BY link joins a body to its successor, which starts when the body has
	 * ended: it is in force from the successor's start, so it is not clipped to the
	 * lifetime of the body it replaced.
	 */
	static final String SUCCESSION = "REPLACED_BY";

	private static final String NODES_ON = """
			MATCH (e:Entity)
			WHERE (e.validFrom IS NULL OR e.validFrom <= $date) AND (e.validTo IS NULL OR e.validTo >= $date)
			RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
			ORDER BY e.id
			""";

	private static final String EDGES_ON = """
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE r.id IS NOT NULL AND r.recordedTo IS NULL
				AND (r.validFrom IS NULL OR r.validFrom <= $date) AND (r.validTo IS NULL OR r.validTo >= $date)
				AND (a.validFrom IS NULL OR a.validFrom <= $date) AND (a.validTo IS NULL OR a.validTo >= $date)
				AND (b.validFrom IS NULL OR b.validFrom <= $date) AND (b.validTo IS NULL OR b.validTo >= $date)
			RETURN r {.*, type: type(r)} AS relationship, a.id AS fromId, b.id AS toId,
				a.validFrom AS fromValidFrom, a.validTo AS fromValidTo, b.validFrom AS toValidFrom, b.validTo AS toValidTo
			ORDER BY a.id, type(r), b.id, r.id
			""";

	private static final String ALL_NODES = """
			MATCH (e:Entity)
			RETURN e {.*, names: [(e)-[:HAS_NAME]->(n:Name) | n {.*}]} AS entity
			ORDER BY e.id
			""";

	/**
	 * Ordered so that the relationships of one type between the same two entities come
	 * together, oldest first.
	 */
	private static final String ALL_EDGES = """
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE r.id IS NOT NULL AND r.recordedTo IS NULL
			RETURN r {.*, type: type(r)} AS relationship, a.id AS fromId, b.id AS toId,
				a.validFrom AS fromValidFrom, a.validTo AS fromValidTo, b.validFrom AS toValidFrom, b.validTo AS toValidTo
			ORDER BY a.id, type(r), b.id, r.validFrom, r.id
			""";

	private static final String ENTITY_IDS = """
			MATCH (e:Entity)
			RETURN e.id AS id
			ORDER BY id
			""";

	private final Graph graph;

	private final RelationTypes types;

	private final Today today;

	NetworkQueries(Graph graph, RelationTypes types, Today today) {
		this.graph = graph;
		this.types = types;
		this.today = today;
	}

	/** The entities that existed on the date, viewed on it (names in force then). */
	void nodesOn(LocalDate date, Consumer<NetworkNode> each) {
		this.graph.readEach(NODES_ON, Map.of("date", date), (row) -> each.accept(node(row, date)));
	}

	/** The relationships in force on the date between entities that existed then. */
	void edgesOn(LocalDate date, Consumer<NetworkEdge> each) {
		this.graph.readEach(EDGES_ON, Map.of("date", date), (row) -> each.accept(edge(row)));
	}

	/** Every entity, viewed today. */
	void allNodes(Consumer<NetworkNode> each) {
		LocalDate now = this.today.date();
		this.graph.readEach(ALL_NODES, Map.of(), (row) -> each.accept(node(row, now)));
	}

	/**
	 * Every current relationship; one never in force (its dates outside an end's
	 * lifetime) is left out.
	 */
	void allEdges(Consumer<NetworkEdge> each) {
		this.graph.readEach(ALL_EDGES, Map.of(), (row) -> {
			NetworkEdge edge = edge(row);
			if (!edge.inForce().isEmpty()) {
				each.accept(edge);
			}
		});
	}

	/** Every entity id in id order: the vertex numbering of the spell files. */
	void entityIds(Consumer<String> each) {
		this.graph.readEach(ENTITY_IDS, Map.of(), (row) -> each.accept(row.get("id").asString()));
	}

	private static NetworkNode node(Record row, LocalDate date) {
		Value entity = row.get("entity");
		return new NetworkNode(GraphValues.entity(entity, date, null), KnownStart.of(entity));
	}

	private NetworkEdge edge(Record row) {
		Value r = row.get("relationship");
		String type = r.get("type").asString();
		Spell own = new Spell(date(r, "validFrom"), date(r, "validTo"));
		Spell inForce = type.equals(SUCCESSION) ? own
				: own.within(new Spell(date(row, "fromValidFrom"), date(row, "fromValidTo")))
					.within(new Spell(date(row, "toValidFrom"), date(row, "toValidTo")));
		return new NetworkEdge(r.get("id").asString(), type, row.get("fromId").asString(), row.get("toId").asString(),
				this.types.isUpward(type), own.from(), string(r, "validFromPrecision"), own.to(),
				string(r, "validToPrecision"), GraphValues.citations(r), string(r, "note"), KnownStart.of(r), inForce);
	}

	private static @Nullable LocalDate date(Value v, String key) {
		return v.get(key).isNull() ? null : v.get(key).asLocalDate();
	}

	private static @Nullable LocalDate date(Record row, String key) {
		return row.get(key).isNull() ? null : row.get(key).asLocalDate();
	}

	private static @Nullable String string(Value v, String key) {
		return v.get(key).isNull() ? null : v.get(key).asString();
	}

}
