package cymru.atebol.export;

import cymru.atebol.system.Today;
import cymru.atebol.time.At;
import cymru.atebol.time.StrictDates;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves snapshots of the graph on a date for researchers: {@code /export/{date}.csv}
 * (the relationships, with both ends' names), {@code /export/{date}/entities.csv},
 * {@code /export/{date}/events.csv}, {@code /export/sources.csv} and
 * {@code /export/{date}.jsonld}.
 */
@RestController
class ExportController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private static final List<String> ENTITY_COLUMNS = List.of("id", "name", "nameCy", "shortName", "kind",
			"description", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "startBasis", "start",
			"startPrecision", "odsCode", "wikidataId", "onsCode", "gpClusterCode", "sources", "note");

	private static final List<String> RELATIONSHIP_COLUMNS = List.of("id", "fromId", "fromName", "fromKind", "type",
			"toId", "toName", "toKind", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "startBasis",
			"start", "startPrecision", "sources", "note");

	private static final List<String> EVENT_COLUMNS = List.of("id", "kind", "date", "datePrecision", "description",
			"predecessors", "successors", "subjects", "sources");

	private static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "date", "url", "file",
			"tier");

	private static final List<String> PARAMETERS = List.of("recordedAsOf", "datesKnown");

	private final SnapshotQueries queries;

	private final ExportHeaders headers;

	private final Today today;

	ExportController(SnapshotQueries queries, ExportHeaders headers, Today today) {
		this.queries = queries;
		this.headers = headers;
		this.today = today;
	}

	@GetMapping({ "/export/{date}.csv", "/export/{date}/relationships.csv" })
	ResponseEntity<String> relationships(@PathVariable String date, @RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pin(at(date, query));
		At at = pinned.at();
		return csv(header("The relationships in force on " + at.asOf(), at, pinned), "relationships-" + at.asOf(),
				RELATIONSHIP_COLUMNS, this.queries.relationships(at).stream().map(SnapshotRows::relationship).toList());
	}

	@GetMapping("/export/{date}/entities.csv")
	ResponseEntity<String> entities(@PathVariable String date, @RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pin(at(date, query));
		At at = pinned.at();
		return csv(header("The entities that existed on " + at.asOf(), at, pinned), "entities-" + at.asOf(),
				ENTITY_COLUMNS, this.queries.entities(at).stream().map(SnapshotRows::entity).toList());
	}

	@GetMapping("/export/{date}/events.csv")
	ResponseEntity<String> events(@PathVariable String date, @RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pin(at(date, query));
		At at = pinned.at();
		return csv(header("The change events up to " + at.asOf(), at, pinned), "events-to-" + at.asOf(), EVENT_COLUMNS,
				this.queries.events(at));
	}

	@GetMapping("/export/sources.csv")
	ResponseEntity<String> sources(@RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pin(at(this.today.date().toString(), query));
		return csv(this.headers.table("The sources the graph cites", null, pinned), "sources", SOURCE_COLUMNS,
				this.queries.sources(pinned.at()));
	}

	@GetMapping("/export/{date}.jsonld")
	ResponseEntity<Map<String, Object>> jsonLd(@PathVariable String date, @RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pin(at(date, query));
		At at = pinned.at();
		ExportHeader header = this.headers.on(at.asOf(), pinned);
		Map<String, Object> document = JsonLdSnapshot.document(at.asOf(), header,
				this.queries.entities(at).stream().map(SnapshotRows::entity).toList(),
				this.queries.relationships(at).stream().map(SnapshotRows::relationship).toList(),
				this.queries.events(at), this.queries.sources(at));
		return ResponseEntity.ok().headers(ExportHeaders.http(header)).contentType(JSON_LD).body(document);
	}

	@ExceptionHandler(InvalidDateException.class)
	ProblemDetail invalidDate(InvalidDateException ex) {
		return invalidDateProblem(ex);
	}

	static ProblemDetail invalidDateProblem(InvalidDateException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid date");
		return problem;
	}

	private ExportHeader header(String description, At at, ExportHeaders.Pinned pinned) {
		return this.headers.table(description, at.asOf(), pinned);
	}

	private static ResponseEntity<String> csv(ExportHeader header, String name, List<String> columns,
			List<Map<String, Object>> rows) {
		return ResponseEntity.ok()
			.headers(ExportHeaders.http(header))
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("atebol-" + name + ".csv").build().toString())
			.body(CsvTables.write(columns, rows));
	}

	/**
	 * The moment a URL asks for: the date in its path, and optionally
	 * {@code ?recordedAsOf=} (an ISO-8601 instant) and {@code ?datesKnown=true}; anything
	 * else in the query is refused, so a mistyped parameter is not silently ignored.
	 */
	static At at(String date, Map<String, String> query) {
		for (String name : query.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw new InvalidDateException(
						"Unknown parameter '" + name + "': the exports take " + String.join(" and ", PARAMETERS));
			}
		}
		try {
			String recordedAsOf = query.get("recordedAsOf");
			String datesKnown = query.getOrDefault("datesKnown", "false");
			if (!datesKnown.equals("true") && !datesKnown.equals("false")) {
				throw new InvalidDateException("datesKnown: \"" + datesKnown + "\" is not true or false");
			}
			return new At(StrictDates.date(date), (recordedAsOf != null) ? StrictDates.dateTime(recordedAsOf) : null,
					Boolean.parseBoolean(datesKnown));
		}
		catch (StrictDates.InvalidDateException ex) {
			String argument = ex.getMessage().startsWith("\"" + date + "\"") ? "date in the path" : "recordedAsOf";
			throw new InvalidDateException(argument + ": " + ex.getMessage());
		}
	}

	static final class InvalidDateException extends RuntimeException {

		InvalidDateException(String message) {
			super(message);
		}

	}

}
