package cymru.atebol.traversal;

/**
 * How far a traversal may go: every traversal is bounded, so no request can become a slow
 * query. Asking beyond a maximum is a BAD_REQUEST, never silently clipped. The arguments'
 * defaults are the schema's; the configurable maxima are {@code atebol.limits.*}; these
 * are the bounds built into the queries.
 */
final class TraversalBounds {

	/** Longest upward route followed; governance chains are 3-6 hops. */
	static final int MAX_ROUTE_LENGTH = 12;

	/** Most routes returned by one chain. */
	static final int MAX_ROUTES = 100;

	/**
	 * The deepest subgraph the queries are prepared for
	 * ({@code atebol.limits.max-subgraph-depth} may be lower).
	 */
	static final int MAX_DEPTH = 6;

	/**
	 * The longest path the queries are prepared for
	 * ({@code atebol.limits.max-path-length} may be lower).
	 */
	static final int MAX_PATH_LENGTH = 10;

	/** Most shortest paths returned; two entities rarely have more of equal length. */
	static final int MAX_PATHS = 50;

	private TraversalBounds() {
	}

}
