package cymru.atebol.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import cymru.atebol.version.VersionEntry;

/**
 * What an export says about itself: its title and description, its date (none for the
 * whole history), the dataset version it was made from and that version's record time,
 * the licence, the URL that makes it again and the suggested citation. Every writer puts
 * {@link #fields()} where its format keeps such things (graph attributes, GEXF meta,
 * top-level JSON keys); {@link ExportHeaders#http} puts them in HTTP headers, the only
 * place a CSV file can carry them.
 */
record ExportHeader(String title, String description, @Nullable LocalDate date, @Nullable VersionEntry version,
		String licence, String licenceUrl, @Nullable String url, @Nullable String citation) {

	/** The fields that have a value, by name, in a stable order. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		fields.put("description", this.description);
		put(fields, "date", this.date);
		if (this.version != null) {
			fields.put("version", Long.toString(this.version.number()));
			fields.put("recordedAt", this.version.recordedAtText());
		}
		fields.put("licence", this.licence);
		fields.put("licenceUrl", this.licenceUrl);
		put(fields, "url", this.url);
		put(fields, "citation", this.citation);
		return fields;
	}

	private static void put(Map<String, String> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value.toString());
		}
	}

}
