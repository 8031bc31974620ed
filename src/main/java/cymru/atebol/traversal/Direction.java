package cymru.atebol.traversal;

import cymru.atebol.neo4j.Cypher;

/**
 * Which way a subgraph grows, and the Cypher step that goes that way. The steps are fixed
 * text chosen by the enum, never user input.
 */
enum Direction implements Cypher.Fixed {

	/**
	 * Towards what reports to the root: relationships are followed against their
	 * direction.
	 */
	DOWN("<-[r]-"),

	/** Towards what the root reports to. */
	UP("-[r]->"),

	/** Both ways. */
	BOTH("-[r]-");

	private final String step;

	Direction(String step) {
		this.step = step;
	}

	@Override
	public String cypher() {
		return this.step;
	}

}
