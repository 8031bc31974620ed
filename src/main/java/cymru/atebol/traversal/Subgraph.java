package cymru.atebol.traversal;

import java.util.List;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Relationship;

/** A subgraph as flat node and edge lists, as org-chart libraries take them. */
record Subgraph(List<Node> nodes, List<Relationship> edges, boolean truncated) {

	/**
	 * An entity of the subgraph ({@code SubgraphNode}): its hops from the root and
	 * whether it expands further.
	 */
	record Node(Entity entity, int depth, boolean hasChildren) {
	}

}
