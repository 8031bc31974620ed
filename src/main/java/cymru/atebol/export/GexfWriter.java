package cymru.atebol.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import cymru.atebol.export.NameSpells.NameSpell;
import cymru.atebol.export.NetworkColumns.Column;

/**
 * Writes a network as GEXF 1.3, streamed. A file of one date is static: its nodes carry
 * the names in force then. The whole history is dynamic with {@code timeformat="date"}: a
 * node lives from its start to its end, its names are values with spells, and the
 * relationships of one type between the same two entities are one edge (whose
 * {@code kind} is the type, the 1.3 way of telling parallel edges apart) with a spell and
 * attribute values per relationship. Spells include both ends; a missing start or end is
 * open, so a fact whose start is not known is there from the beginning.
 */
final class GexfWriter implements NetworkWriter {

	static final String NAMESPACE = "http://gexf.net/1.3";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String SCHEMA = NAMESPACE + " http://gexf.net/1.3/gexf.xsd";

	private final XmlOut xml;

	private final boolean dynamic;

	private boolean edges;

	private final List<NetworkEdge> pair = new ArrayList<>();

	private GexfWriter(OutputStream out, ExportHeader header, boolean dynamic) {
		this.xml = new XmlOut(out);
		this.dynamic = dynamic;
		this.xml.start("gexf")
			.namespace(NAMESPACE)
			.attribute("xsi", XSI, "schemaLocation", SCHEMA)
			.attribute("version", "1.3");
		meta(header);
		this.xml.start("graph").attribute("defaultedgetype", "directed");
		if (dynamic) {
			this.xml.attribute("mode", "dynamic").attribute("timeformat", "date");
			attributes("node", "static", NetworkColumns.NODE);
			attributes("node", "dynamic", NetworkColumns.NAMES);
			attributes("edge", "dynamic", NetworkColumns.EDGE);
		}
		else {
			this.xml.attribute("mode", "static");
			List<Column<NetworkNode>> columns = new ArrayList<>(NetworkColumns.NAMES);
			columns.addAll(NetworkColumns.NODE);
			attributes("node", "static", columns);
			attributes("edge", "static", NetworkColumns.EDGE);
		}
		this.xml.start("nodes");
	}

	/** A static file: the network on the header's date. */
	static GexfWriter onDate(OutputStream out, ExportHeader header) {
		return new GexfWriter(out, header, false);
	}

	/** A dynamic file: the whole history, each node and edge with its spells. */
	static GexfWriter history(OutputStream out, ExportHeader header) {
		return new GexfWriter(out, header, true);
	}

	@Override
	public void node(NetworkNode node) {
		this.xml.start("node").attribute("id", node.id()).attribute("label", node.name().name());
		if (this.dynamic) {
			spell(node.lifetime());
		}
		this.xml.start("attvalues");
		if (!this.dynamic) {
			NetworkColumns.NAMES.forEach((column) -> value(column.name(), column.text(node), null));
		}
		NetworkColumns.NODE.forEach((column) -> value(column.name(), column.text(node), null));
		if (this.dynamic) {
			for (NameSpell name : NameSpells.of(node.entity())) {
				value("name", name.name().name(), name.spell());
				value("nameCy", name.name().nameCy(), name.spell());
				value("shortName", name.name().shortName(), name.spell());
			}
		}
		this.xml.end().end();
	}

	/**
	 * An edge of the static file; in the dynamic one, a relationship, written once all
	 * the relationships of its type between the same two entities (which come together)
	 * are in.
	 */
	@Override
	public void edge(NetworkEdge edge) {
		if (!this.edges) {
			this.xml.end().start("edges");
			this.edges = true;
		}
		if (!this.dynamic) {
			writeEdge(edge.id(), List.of(edge));
			return;
		}
		if (!this.pair.isEmpty() && !this.pair.get(0).pairId().equals(edge.pairId())) {
			flushPair();
		}
		this.pair.add(edge);
	}

	@Override
	public void finish() {
		flushPair();
		if (!this.edges) {
			this.xml.end().start("edges");
		}
		this.xml.end().end().end().finish();
	}

	private void flushPair() {
		if (!this.pair.isEmpty()) {
			writeEdge(this.pair.get(0).pairId(), this.pair);
			this.pair.clear();
		}
	}

	private void writeEdge(String id, List<NetworkEdge> relationships) {
		NetworkEdge first = relationships.get(0);
		this.xml.start("edge")
			.attribute("id", id)
			.attribute("source", first.fromId())
			.attribute("target", first.toId())
			.attribute("kind", first.type())
			.attribute("label", first.type());
		if (this.dynamic && relationships.size() == 1) {
			spell(first.inForce());
		}
		else if (this.dynamic) {
			this.xml.start("spells");
			for (NetworkEdge relationship : relationships) {
				this.xml.empty("spell");
				spell(relationship.inForce());
			}
			this.xml.end();
		}
		this.xml.start("attvalues");
		for (NetworkEdge relationship : relationships) {
			Spell spell = this.dynamic ? relationship.inForce() : null;
			NetworkColumns.EDGE.forEach((column) -> value(column.name(), column.text(relationship), spell));
		}
		this.xml.end().end();
	}

	private void meta(ExportHeader header) {
		this.xml.start("meta");
		if (header.version() != null) {
			this.xml.attribute("lastmodifieddate", header.version().recordedAt().toLocalDate());
		}
		this.xml.textElement("creator", "Atebol");
		this.xml.textElement("description",
				header.fields()
					.entrySet()
					.stream()
					.map((field) -> field.getKey() + ": " + field.getValue())
					.collect(Collectors.joining("\n")));
		this.xml.end();
	}

	private <T> void attributes(String domain, String mode, List<Column<T>> columns) {
		this.xml.start("attributes").attribute("class", domain).attribute("mode", mode);
		for (Column<T> column : columns) {
			this.xml.empty("attribute")
				.attribute("id", column.name())
				.attribute("title", column.name())
				.attribute("type", column.type());
		}
		this.xml.end();
	}

	private void value(String attribute, @Nullable String value, @Nullable Spell spell) {
		if (value == null) {
			return;
		}
		this.xml.empty("attvalue").attribute("for", attribute).attribute("value", value);
		if (spell != null) {
			spell(spell);
		}
	}

	/** The start and end of the element just opened, where known. */
	private void spell(Spell spell) {
		if (spell.from() != null) {
			this.xml.attribute("start", spell.from());
		}
		if (spell.to() != null) {
			this.xml.attribute("end", spell.to());
		}
	}

}
