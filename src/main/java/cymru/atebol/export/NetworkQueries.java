package cymru.atebol.export;

import java.util.function.Consumer;

import org.neo4j.driver.Record;

import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.RelationTypes;
import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.time.At;

import org.springframework.stereotype.Component;

/**
 * The Cypher behind the network files, each row handed on as Neo4j streams it: the
 * structure on a date by the rules of every read (as {@link SnapshotQueries}), and every
 * entity and relationship recorded at the moment for the whole history.
 */
@Component
class NetworkQueries {

	private static final Statement NODES_ON = Cypher.compose("""
			MATCH (e:Entity)
			WHERE {{entered(e)}} AND {{exists(e)}}
			RETURN {{entity(e)}} AS entity
			ORDER BY e.id
			""");

	/** Both ends exist on the date, so a file's edges join its own nodes. */
	private static final Statement EDGES_ON = Cypher.compose("""
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE r.id IS NOT NULL AND {{holds(r, a, b)}} AND {{exists(a)}}
			RETURN {{relationship(r)}} AS relationship, {{entity(a)}} AS from, {{entity(b)}} AS to
			ORDER BY a.id, type(r), b.id, r.id
			""");

	private static final Statement ALL_NODES = Cypher.compose("""
			MATCH (e:Entity)
			WHERE {{entered(e)}}
			RETURN {{entity(e)}} AS entity
			ORDER BY e.id
			""");

	/**
	 * Ordered so that the relationships of one type between the same two entities come
	 * together, oldest first.
	 */
	private static final Statement ALL_EDGES = Cypher.compose("""
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE r.id IS NOT NULL AND {{recorded(r)}}
			RETURN {{relationship(r)}} AS relationship, {{entity(a)}} AS from, {{entity(b)}} AS to
			ORDER BY a.id, type(r), b.id, r.validFrom, r.id
			""");

	private static final Statement ENTITY_IDS = Cypher.compose("""
			MATCH (e:Entity)
			WHERE {{entered(e)}}
			RETURN e.id AS id
			ORDER BY id
			""");

	private final Graph graph;

	private final RelationTypes types;

	NetworkQueries(Graph graph, RelationTypes types) {
		this.graph = graph;
		this.types = types;
	}

	/** The entities that exist at the moment, viewed then (names in force then). */
	void nodesOn(At at, Consumer<NetworkNode> each) {
		this.graph.readEach(NODES_ON.at(at), at.parameters(),
				(row) -> each.accept(new NetworkNode(GraphValues.entity(row.get("entity"), at))));
	}

	/** The relationships in force at the moment between entities that exist then. */
	void edgesOn(At at, Consumer<NetworkEdge> each) {
		this.graph.readEach(EDGES_ON.at(at), at.parameters(), (row) -> each.accept(edge(row, at)));
	}

	/** Every entity recorded at the moment, viewed on its day. */
	void allNodes(At at, Consumer<NetworkNode> each) {
		this.graph.readEach(ALL_NODES.at(at), at.parameters(),
				(row) -> each.accept(new NetworkNode(GraphValues.entity(row.get("entity"), at))));
	}

	/**
	 * Every relationship recorded at the moment; one never in force (its dates outside an
	 * end's lifetime) is left out.
	 */
	void allEdges(At at, Consumer<NetworkEdge> each) {
		this.graph.readEach(ALL_EDGES.at(at), at.parameters(), (row) -> {
			NetworkEdge edge = edge(row, at);
			if (!edge.inForce().isEmpty()) {
				each.accept(edge);
			}
		});
	}

	/** Every entity id in id order: the vertex numbering of the spell files. */
	void entityIds(At at, Consumer<String> each) {
		this.graph.readEach(ENTITY_IDS.at(at), at.parameters(), (row) -> each.accept(row.get("id").asString()));
	}

	private NetworkEdge edge(Record row, At at) {
		var relationship = GraphValues.relationship(row.get("relationship"), GraphValues.entity(row.get("from"), at),
				GraphValues.entity(row.get("to"), at));
		return new NetworkEdge(relationship, this.types.isUpward(relationship.type()));
	}

}
