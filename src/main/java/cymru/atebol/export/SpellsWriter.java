package cymru.atebol.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes the whole history as spell tables, the layout R's networkDynamic and tsna read:
 * the first columns are {@code onset, terminus, vertex_id} for vertices and
 * {@code onset, terminus, tail, head} for edges, with vertices numbered 1..n in id order.
 * Times are days since 1970-01-01 (R's own numbering of dates), and a spell runs from its
 * onset up to but not including its terminus, as networkDynamic counts: the terminus is
 * the day after the last day. An unknown start is {@code -Inf}, an open end {@code Inf}.
 * The columns after those give the ids and every attribute, with {@code from} and
 * {@code to} as ISO dates, both inclusive (empty: unknown start, open end).
 */
final class SpellsWriter {

	static final String NEGATIVE_INFINITY = "-Inf";

	static final String INFINITY = "Inf";

	private final CSVPrinter csv;

	private SpellsWriter(OutputStream out, List<String> columns) {
		try {
			this.csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static SpellsWriter vertices(OutputStream out) {
		List<String> columns = new ArrayList<>(List.of("onset", "terminus", "vertex_id", "id", "from", "to"));
		NetworkColumns.NAMES.forEach((column) -> columns.add(column.name()));
		NetworkColumns.NODE.forEach((column) -> columns.add(column.name()));
		return new SpellsWriter(out, columns);
	}

	static SpellsWriter edges(OutputStream out) {
		List<String> columns = new ArrayList<>(
				List.of("onset", "terminus", "tail", "head", "tail_id", "head_id", "id", "from", "to"));
		NetworkColumns.EDGE.forEach((column) -> columns.add(column.name()));
		return new SpellsWriter(out, columns);
	}

	/** A vertex: its number, then its lifetime and attributes. */
	void vertex(int number, NetworkNode node) {
		List<@Nullable Object> row = spell(node.lifetime());
		row.add(number);
		row.add(node.id());
		row.addAll(dates(node.lifetime()));
		NetworkColumns.NAMES.forEach((column) -> row.add(column.text(node)));
		NetworkColumns.NODE.forEach((column) -> row.add(column.text(node)));
		print(row);
	}

	/** An edge between the numbered vertices, in force for its spell. */
	void edge(Map<String, Integer> numbers, NetworkEdge edge) {
		List<@Nullable Object> row = spell(edge.inForce());
		row.add(numbers.get(edge.fromId()));
		row.add(numbers.get(edge.toId()));
		row.add(edge.fromId());
		row.add(edge.toId());
		row.add(edge.id());
		row.addAll(dates(edge.inForce()));
		NetworkColumns.EDGE.forEach((column) -> row.add(column.text(edge)));
		print(row);
	}

	void finish() {
		try {
			this.csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<@Nullable Object> spell(Spell spell) {
		List<@Nullable Object> row = new ArrayList<>();
		row.add((spell.from() != null) ? day(spell.from()) : NEGATIVE_INFINITY);
		row.add((spell.to() != null) ? day(spell.to().plusDays(1)) : INFINITY);
		return row;
	}

	private static List<@Nullable Object> dates(Spell spell) {
		List<@Nullable Object> dates = new ArrayList<>();
		dates.add(spell.from());
		dates.add(spell.to());
		return dates;
	}

	private static String day(LocalDate date) {
		return String.valueOf(date.toEpochDay());
	}

	private void print(List<@Nullable Object> row) {
		try {
			this.csv.printRecord(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
