package cymru.atebol.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that streams UTF-8 XML straight to the response, one element per line,
 * without the checked exceptions, and leaves out characters XML 1.0 cannot carry.
 */
final class XmlOut {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter xml;

	private int depth;

	private boolean open;

	XmlOut(OutputStream out) {
		try {
			this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.open = true;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	/** Opens an element on a new line; {@link #end()} closes it. */
	XmlOut start(String name) {
		return element(name, true);
	}

	/** An element without content. */
	XmlOut empty(String name) {
		return element(name, false);
	}

	XmlOut namespace(String namespace) {
		try {
			this.xml.writeDefaultNamespace(namespace);
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	XmlOut attribute(String name, Object value) {
		try {
			this.xml.writeAttribute(name, clean(String.valueOf(value)));
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	XmlOut attribute(String prefix, String namespace, String name, String value) {
		try {
			this.xml.writeNamespace(prefix, namespace);
			this.xml.writeAttribute(prefix, namespace, name, value);
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	/** An element holding text only: {@code <name>text</name>}. */
	XmlOut textElement(String name, String text) {
		try {
			newLine();
			this.xml.writeStartElement(name);
			this.xml.writeCharacters(clean(text));
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	/** Starts an element holding text and attributes; close it with {@link #endText}. */
	XmlOut startText(String name) {
		try {
			newLine();
			this.xml.writeStartElement(name);
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	XmlOut endText(String text) {
		try {
			this.xml.writeCharacters(clean(text));
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	XmlOut end() {
		try {
			this.depth--;
			newLine();
			this.xml.writeEndElement();
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	/** Ends the document and sends what is left. */
	void finish() {
		try {
			this.xml.writeCharacters("\n");
			this.xml.writeEndDocument();
			this.xml.flush();
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	private XmlOut element(String name, boolean withContent) {
		try {
			newLine();
			if (withContent) {
				this.xml.writeStartElement(name);
				this.depth++;
			}
			else {
				this.xml.writeEmptyElement(name);
			}
			return this;
		}
		catch (XMLStreamException ex) {
			throw failed(ex);
		}
	}

	private void newLine() throws XMLStreamException {
		if (this.open) {
			this.xml.writeCharacters("\n" + "  ".repeat(this.depth));
		}
		this.open = true;
	}

	/**
	 * Leaves out the control characters XML 1.0 does not allow (tab and newlines stay).
	 */
	static String clean(String text) {
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
			if (!allowed || c == 0xFFFE || c == 0xFFFF) {
				if (clean == null) {
					clean = new StringBuilder(text.substring(0, i));
				}
			}
			else if (clean != null) {
				clean.append(c);
			}
		}
		return (clean != null) ? clean.toString() : text;
	}

	private static RuntimeException failed(XMLStreamException ex) {
		if (ex.getCause() instanceof IOException io) {
			return new UncheckedIOException(io);
		}
		return new IllegalStateException("Could not write XML", ex);
	}

}
