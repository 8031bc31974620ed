package cymru.atebol.export;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.neo4j.Cypher;
import cymru.atebol.neo4j.Cypher.Statement;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.time.At;

import org.springframework.stereotype.Component;

/**
 * The Cypher behind the exports: the structure on a date by the same rules as every read
 * (entities that exist then, relationships in force then between them), the events up to
 * the date, and the sources.
 */
@Component
class SnapshotQueries {

	private static final Statement ENTITIES = Cypher.compose("""
			MATCH (e:Entity)
			WHERE {{entered(e)}} AND {{exists(e)}}
			RETURN {{entity(e)}} AS entity
			ORDER BY e.id
			""");

	/** Both ends exist on the date, so a snapshot's edges join its own nodes. */
	private static final Statement RELATIONSHIPS = Cypher.compose("""
			MATCH (a:Entity)-[r]->(b:Entity)
			WHERE r.id IS NOT NULL AND {{holds(r, a, b)}} AND {{exists(a)}}
			RETURN {{relationship(r)}} AS relationship, {{entity(a)}} AS from, {{entity(b)}} AS to
			ORDER BY a.id, type(r), b.id, r.id
			""");

	/** Change events on or before the date, with the entities they touched by role. */
	private static final Statement EVENTS = Cypher.compose("""
			MATCH (c:ChangeEvent)
			WHERE c.date <= $asOf AND {{entered(c)}}
			OPTIONAL MATCH (c)-[t:TOUCHED]->(e:Entity)
			WITH c, collect({id: e.id, role: t.role}) AS touched
			RETURN c.id AS id, c.kind AS kind, c.date AS date, c.datePrecision AS datePrecision,
				c.description AS description, c.sourceIds AS sourceIds, c.sourceSections AS sourceSections,
				[x IN touched WHERE x.role = 'PREDECESSOR' | x.id] AS predecessors,
				[x IN touched WHERE x.role = 'SUCCESSOR' | x.id] AS successors,
				[x IN touched WHERE x.role = 'SUBJECT' | x.id] AS subjects
			ORDER BY date, id
			""");

	/** The sources recorded at the moment (the seed's sources count as always there). */
	private static final Statement SOURCES = Cypher.compose("""
			MATCH (s:Source)
			WHERE {{sourceEntered(s)}}
			RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.date AS date, s.url AS url,
				s.file AS file, s.tier AS tier
			ORDER BY id
			""");

	private final Graph graph;

	SnapshotQueries(Graph graph) {
		this.graph = graph;
	}

	List<Entity> entities(At at) {
		return this.graph.read(ENTITIES.at(at), at.parameters(), (row) -> GraphValues.entity(row.get("entity"), at));
	}

	List<Relationship> relationships(At at) {
		return this.graph.read(RELATIONSHIPS.at(at), at.parameters(),
				(row) -> GraphValues.relationship(row.get("relationship"), GraphValues.entity(row.get("from"), at),
						GraphValues.entity(row.get("to"), at)));
	}

	List<Map<String, Object>> events(At at) {
		return this.graph.read(EVENTS.at(at), at.parameters(), (row) -> row.asMap(SnapshotQueries::plain));
	}

	List<Map<String, Object>> sources(At at) {
		return this.graph.read(SOURCES.at(at), at.parameters(), (row) -> row.asMap(SnapshotQueries::plain));
	}

	private static @Nullable Object plain(Value value) {
		return value.isNull() ? null : value.asObject();
	}

}
