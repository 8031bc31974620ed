package cymru.atebol.export;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import cymru.atebol.export.NetworkColumns.Column;

/**
 * Writes a network on a date as node-link JSON, streamed: the layout NetworkX's
 * {@code node_link_graph} reads ({@code directed}, {@code multigraph}, {@code graph},
 * {@code nodes} with {@code id}, {@code links} with {@code source}, {@code target} and
 * {@code key}, the relationship's id) and D3's force layout uses. Absent values are left
 * out.
 */
final class NodeLinkWriter implements NetworkWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonGenerator json;

	private boolean links;

	NodeLinkWriter(OutputStream out, ExportHeader header) {
		this.json = JSON.createGenerator(out);
		this.json.writeStartObject();
		this.json.writeBooleanProperty("directed", true);
		this.json.writeBooleanProperty("multigraph", true);
		this.json.writeName("graph");
		this.json.writeStartObject();
		header.fields().forEach(this.json::writeStringProperty);
		this.json.writeEndObject();
		this.json.writeName("nodes");
		this.json.writeStartArray();
	}

	@Override
	public void node(NetworkNode node) {
		this.json.writeStartObject();
		this.json.writeStringProperty("id", node.id());
		NetworkColumns.NAMES.forEach((column) -> property(column, node));
		NetworkColumns.NODE.forEach((column) -> property(column, node));
		this.json.writeEndObject();
	}

	@Override
	public void edge(NetworkEdge edge) {
		if (!this.links) {
			this.json.writeEndArray();
			this.json.writeName("links");
			this.json.writeStartArray();
			this.links = true;
		}
		this.json.writeStartObject();
		this.json.writeStringProperty("source", edge.fromId());
		this.json.writeStringProperty("target", edge.toId());
		this.json.writeStringProperty("key", edge.id());
		NetworkColumns.EDGE.forEach((column) -> property(column, edge));
		this.json.writeEndObject();
	}

	@Override
	public void finish() {
		if (!this.links) {
			this.json.writeEndArray();
			this.json.writeName("links");
			this.json.writeStartArray();
		}
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.flush();
	}

	private <T> void property(Column<T> column, T item) {
		Object value = column.value().apply(item);
		if (value instanceof Boolean bool) {
			this.json.writeBooleanProperty(column.name(), bool);
			return;
		}
		String text = column.text(item);
		if (text != null) {
			this.json.writeStringProperty(column.name(), text);
		}
	}

}
