package cymru.atebol.export;

/**
 * A network file being streamed: its nodes first, then its edges, then its end (GraphML,
 * GEXF, node-link JSON).
 */
interface NetworkWriter {

	void node(NetworkNode node);

	void edge(NetworkEdge edge);

	void finish();

}
