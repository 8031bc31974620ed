package cymru.atebol.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a network file says about itself: its title and description, its date (none for
 * the whole history), and, once the dataset has them, the dataset version and record time
 * it was written from, its licence and how to cite it. Every writer puts
 * {@link #fields()} where its format keeps such things (graph attributes, GEXF meta, HTTP
 * headers for CSV).
 */
record ExportHeader(String title, String description, @Nullable LocalDate date, @Nullable String version,
		@Nullable OffsetDateTime recordedAt, @Nullable String licence, @Nullable String citation) {

	/** The fields that have a value, by name, in a stable order. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		fields.put("description", this.description);
		put(fields, "date", this.date);
		put(fields, "version", this.version);
		put(fields, "recordedAt", this.recordedAt);
		put(fields, "licence", this.licence);
		put(fields, "citation", this.citation);
		return fields;
	}

	private static void put(Map<String, String> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value.toString());
		}
	}

}
