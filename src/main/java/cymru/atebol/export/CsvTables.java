package cymru.atebol.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows as RFC 4180 CSV with one header row: dates as ISO text, lists joined with
 * {@code "; "}, a citation as {@code source-id § section}, so a spreadsheet or pandas
 * reads it with no cleaning.
 */
final class CsvTables {

	private CsvTables() {
	}

	static String write(List<String> columns, List<Map<String, Object>> rows) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Map<String, Object> row : rows) {
				List<String> cells = new ArrayList<>();
				for (String column : columns) {
					cells.add(cell(column, row));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String cell(String column, Map<String, Object> row) {
		if (column.equals("sources")) {
			return citations(row);
		}
		Object value = row.get(column);
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join("; ", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}

	/** The citations of a row as {@code id § section; id}. */
	static String citations(Map<String, Object> row) {
		List<?> ids = (row.get("sourceIds") instanceof List<?> list) ? list : List.of();
		List<?> sections = (row.get("sourceSections") instanceof List<?> list) ? list : List.of();
		List<String> citations = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String section = (i < sections.size()) ? String.valueOf(sections.get(i)) : "";
			citations.add(section.isEmpty() ? String.valueOf(ids.get(i)) : ids.get(i) + " § " + section);
		}
		return String.join("; ", citations);
	}

}
