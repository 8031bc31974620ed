package cymru.atebol.traversal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.time.At;

/**
 * Turns the traversal queries' rows into the API's records. The queries return each
 * entity once (with its names) and relationships by their endpoints' ids, which are
 * joined here.
 */
final class TraversalRows {

	private final At at;

	TraversalRows(At at) {
		this.at = at;
	}

	AccountabilityChain chain(Record row) {
		Entity start = entity(row.get("start"));
		Map<String, Entity> entities = entities(row.get("entities"));
		entities.put(start.id(), start);
		List<Route> routes = new ArrayList<>();
		for (Value route : row.get("routes").values()) {
			List<Step> steps = new ArrayList<>();
			for (Value r : route.values()) {
				Relationship relationship = GraphValues.relationship(r, entities);
				steps.add(new Step(relationship, relationship.to()));
			}
			routes.add(new Route(steps));
		}
		routes.sort(Comparator.comparingInt((Route route) -> route.steps().size())
			.thenComparing((route) -> key(route.steps(), (step) -> step.entity().id())));
		Map<String, Entity> tops = new LinkedHashMap<>();
		for (Route route : routes) {
			Entity top = route.steps().get(route.steps().size() - 1).entity();
			tops.putIfAbsent(top.id(), top);
		}
		boolean truncated = row.get("truncated").asBoolean();
		if (routes.isEmpty() && !truncated) {
			tops.put(start.id(), start);
		}
		return new AccountabilityChain(start, routes, List.copyOf(tops.values()), truncated);
	}

	/** The subgraph with the root first (depth 0). */
	Subgraph subgraph(Record row) {
		List<Value> rows = row.get("entities").asList((v) -> v);
		List<Integer> depths = row.get("depths").asList(Value::asInt);
		Map<String, Entity> entities = new LinkedHashMap<>();
		List<Subgraph.Node> nodes = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Entity entity = entity(rows.get(i).get("entity"));
			entities.put(entity.id(), entity);
			nodes.add(new Subgraph.Node(entity, depths.get(i), rows.get(i).get("hasChildren").asBoolean()));
		}
		List<Relationship> edges = row.get("edges").asList((r) -> GraphValues.relationship(r, entities));
		return new Subgraph(nodes, edges, row.get("truncated").asBoolean());
	}

	Paths paths(Record row) {
		Entity from = row.get("from").isNull() ? null : entity(row.get("from"));
		Entity to = row.get("to").isNull() ? null : entity(row.get("to"));
		Map<String, Entity> entities = entities(row.get("entities"));
		List<Path> paths = new ArrayList<>();
		for (Value path : row.get("paths").values()) {
			List<String> entityIds = path.get("entityIds").asList(Value::asString);
			List<Value> relationships = path.get("relationships").asList((r) -> r);
			List<Step> steps = new ArrayList<>(relationships.size());
			for (int i = 0; i < relationships.size(); i++) {
				steps.add(new Step(GraphValues.relationship(relationships.get(i), entities),
						entities.get(entityIds.get(i + 1))));
			}
			paths.add(new Path(steps));
		}
		paths.sort(Comparator.comparing((Path path) -> key(path, (step) -> step.entity().id()))
			.thenComparing((path) -> key(path, (step) -> step.relationship().id())));
		return new Paths(from, to, paths);
	}

	/**
	 * A sort key for steps: their ids joined, so that equal-length results come in a
	 * stable order.
	 */
	private static String key(List<Step> steps, Function<Step, String> id) {
		return String.join(" ", steps.stream().map(id).toList());
	}

	private static String key(Path path, Function<Step, String> id) {
		return key(path.steps(), id);
	}

	private Map<String, Entity> entities(Value values) {
		Map<String, Entity> entities = new LinkedHashMap<>();
		for (Value value : values.values()) {
			Entity entity = entity(value);
			entities.put(entity.id(), entity);
		}
		return entities;
	}

	private Entity entity(Value value) {
		return GraphValues.entity(value, this.at);
	}

	/**
	 * The two ends of a paths query (null: no such entity) and the paths found between
	 * them.
	 */
	record Paths(@Nullable Entity from, @Nullable Entity to, List<Path> paths) {
	}

}
