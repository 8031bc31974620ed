package cymru.atebol.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cymru.atebol.cache.StreamedExports;
import cymru.atebol.changes.FactChange;
import cymru.atebol.changes.FieldChange;
import cymru.atebol.changes.RecordChange;
import cymru.atebol.changes.RecordChangeQueries;
import cymru.atebol.entity.Citation;
import cymru.atebol.export.ExportController.InvalidDateException;
import cymru.atebol.system.Today;
import cymru.atebol.time.StrictDates;
import cymru.atebol.version.VersionEntry;
import cymru.atebol.version.VersionHistory;

/**
 * Serves the change feed as JSON Lines, {@code /export/changes.jsonl?since=...}: one line
 * per version recorded after {@code since}, oldest first, each with what it changed (as
 * {@code Query.recordChanges}), streamed a page of versions at a time. The feed ends at
 * the version in force at {@code recordedAsOf} (the latest without one), which its
 * headers name.
 */
@RestController
class ChangeFeedController {

	static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl;charset=UTF-8");

	private static final int PAGE = 20;

	private final VersionHistory versions;

	private final RecordChangeQueries queries;

	private final ExportHeaders headers;

	private final Today today;

	private final JsonMapper json;

	ChangeFeedController(VersionHistory versions, RecordChangeQueries queries, ExportHeaders headers, Today today,
			JsonMapper json) {
		this.versions = versions;
		this.queries = queries;
		this.headers = headers;
		this.today = today;
		this.json = json;
	}

	@GetMapping("/export/changes.jsonl")
	ResponseEntity<StreamingResponseBody> changes(@RequestParam Map<String, String> query) {
		OffsetDateTime since = since(query);
		Map<String, String> moment = new LinkedHashMap<>(query);
		moment.remove("since");
		ExportHeaders.Pinned pinned = this.headers.pin(ExportController.at(this.today.date().toString(), moment));
		ExportHeader header = this.headers.table("The changes recorded after " + query.get("since"), null, pinned);
		long last = (pinned.version() != null) ? pinned.version().number() : 0;
		HttpHeaders http = ExportHeaders.http(header);
		http.setContentDisposition(ContentDisposition.inline().filename("atebol-changes.jsonl").build());
		StreamedExports.applyTo(http);
		return ResponseEntity.ok().contentType(JSON_LINES).headers(http).body((out) -> write(out, since, last));
	}

	private void write(OutputStream out, OffsetDateTime since, long last) throws IOException {
		long from = 0;
		while (true) {
			List<VersionEntry> page = this.versions.after(since, from, last, PAGE);
			for (RecordChange change : this.queries.changes(page)) {
				out.write(this.json.writeValueAsBytes(line(change)));
				out.write('\n');
			}
			if (page.size() < PAGE) {
				return;
			}
			from = page.get(page.size() - 1).number() + 1;
		}
	}

	/** The line of a version, its keys in a fixed order. */
	private static Map<String, Object> line(RecordChange change) {
		VersionEntry version = change.version();
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("version", version.number());
		line.put("recordedAt", version.recordedAtText());
		line.put("kind", version.kind());
		line.put("recordedBy", version.recordedBy());
		line.put("operation", version.operation());
		line.put("description", version.description());
		List<Map<String, Object>> sources = new ArrayList<>();
		for (Citation citation : change.sources()) {
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("source", citation.sourceId());
			source.put("section", citation.section());
			sources.add(source);
		}
		line.put("sources", sources);
		List<Map<String, Object>> facts = new ArrayList<>();
		for (FactChange fact : change.changes()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("fact", fact.fact());
			item.put("id", fact.id());
			item.put("change", fact.change());
			List<Map<String, Object>> fields = new ArrayList<>();
			for (FieldChange field : fact.fields()) {
				Map<String, Object> value = new LinkedHashMap<>();
				value.put("field", field.field());
				value.put("oldValue", field.oldValue());
				value.put("newValue", field.newValue());
				fields.add(value);
			}
			item.put("fields", fields);
			facts.add(item);
		}
		line.put("changes", facts);
		return line;
	}

	/** The required {@code since}, read as strictly as every DateTime of the API. */
	private static OffsetDateTime since(Map<String, String> query) {
		String since = query.get("since");
		if (since == null) {
			throw new InvalidDateException(
					"since is required: the feed lists the versions recorded after it, e.g. ?since=2026-01-01T00:00:00Z");
		}
		try {
			return StrictDates.dateTime(since);
		}
		catch (StrictDates.InvalidDateException ex) {
			throw new InvalidDateException("since: " + ex.getMessage());
		}
	}

	@ExceptionHandler(InvalidDateException.class)
	ProblemDetail invalidDate(InvalidDateException ex) {
		return ExportController.invalidDateProblem(ex);
	}

}
