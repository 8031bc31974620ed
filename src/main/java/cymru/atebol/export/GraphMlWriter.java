package cymru.atebol.export;

import java.io.OutputStream;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cymru.atebol.export.NetworkColumns.Column;

/**
 * Writes a network on a date as GraphML, streamed: a {@code <key>} per attribute
 * (declared with its name and type, as NetworkX, igraph, Gephi and JGraphT read them),
 * the header as graph data, then a {@code <node>} per entity and an {@code <edge>} per
 * relationship, whose id is the relationship's id. {@code label} repeats the name for
 * tools that show it (Gephi, yEd).
 */
final class GraphMlWriter implements NetworkWriter {

	static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

	private static final Column<NetworkNode> LABEL = Column.text("label", (n) -> n.name().name());

	private final XmlOut xml;

	private final List<Column<NetworkNode>> nodeColumns;

	GraphMlWriter(OutputStream out, ExportHeader header) {
		this.xml = new XmlOut(out);
		this.nodeColumns = new ArrayList<>();
		this.nodeColumns.add(LABEL);
		this.nodeColumns.addAll(NetworkColumns.NAMES);
		this.nodeColumns.addAll(NetworkColumns.NODE);
		this.xml.start("graphml").namespace(NAMESPACE).attribute("xsi", XSI, "schemaLocation", SCHEMA);
		Map<String, String> fields = header.fields();
		fields.keySet().forEach((name) -> key("graph", "g_" + name, name, "string"));
		this.nodeColumns.forEach((column) -> key("node", "n_" + column.name(), column.name(), column.type()));
		NetworkColumns.EDGE.forEach((column) -> key("edge", "e_" + column.name(), column.name(), column.type()));
		this.xml.start("graph").attribute("id", "atebol").attribute("edgedefault", "directed");
		fields.forEach((name, value) -> data("g_" + name, value));
	}

	@Override
	public void node(NetworkNode node) {
		this.xml.start("node").attribute("id", node.id());
		for (Column<NetworkNode> column : this.nodeColumns) {
			data("n_" + column.name(), column.text(node));
		}
		this.xml.end();
	}

	@Override
	public void edge(NetworkEdge edge) {
		this.xml.start("edge")
			.attribute("id", edge.id())
			.attribute("source", edge.fromId())
			.attribute("target", edge.toId());
		for (Column<NetworkEdge> column : NetworkColumns.EDGE) {
			data("e_" + column.name(), column.text(edge));
		}
		this.xml.end();
	}

	@Override
	public void finish() {
		this.xml.end().end().finish();
	}

	private void key(String domain, String id, String name, String type) {
		this.xml.empty("key")
			.attribute("id", id)
			.attribute("for", domain)
			.attribute("attr.name", name)
			.attribute("attr.type", type);
	}

	private void data(String key, @Nullable String value) {
		if (value != null) {
			this.xml.startText("data").attribute("key", key).endText(value);
		}
	}

}
