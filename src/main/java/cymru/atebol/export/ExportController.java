package cymru.atebol.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
			"description", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "odsCode", "wikidataId",
			"onsCode", "gpClusterCode", "sources", "note");

	private static final List<String> RELATIONSHIP_COLUMNS = List.of("id", "fromId", "fromName", "fromKind", "type",
			"toId", "toName", "toKind", "validFrom", "validFromPrecision", "validTo", "validToPrecision", "sources",
			"note");

	private static final List<String> EVENT_COLUMNS = List.of("id", "kind", "date", "datePrecision", "description",
			"predecessors", "successors", "subjects", "sources");

	private static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "date", "url", "file",
			"tier");

	private final SnapshotQueries queries;

	ExportController(SnapshotQueries queries) {
		this.queries = queries;
	}

	@GetMapping({ "/export/{date}.csv", "/export/{date}/relationships.csv" })
	ResponseEntity<String> relationships(@PathVariable String date) {
		LocalDate day = day(date);
		return csv("relationships-" + day, RELATIONSHIP_COLUMNS, this.queries.relationships(day));
	}

	@GetMapping("/export/{date}/entities.csv")
	ResponseEntity<String> entities(@PathVariable String date) {
		LocalDate day = day(date);
		return csv("entities-" + day, ENTITY_COLUMNS, this.queries.entities(day));
	}

	@GetMapping("/export/{date}/events.csv")
	ResponseEntity<String> events(@PathVariable String date) {
		LocalDate day = day(date);
		return csv("events-to-" + day, EVENT_COLUMNS, this.queries.events(day));
	}

	@GetMapping("/export/sources.csv")
	ResponseEntity<String> sources() {
		return csv("sources", SOURCE_COLUMNS, this.queries.sources());
	}

	@GetMapping("/export/{date}.jsonld")
	ResponseEntity<Map<String, Object>> jsonLd(@PathVariable String date) {
		LocalDate day = day(date);
		Map<String, Object> document = JsonLdSnapshot.document(day, this.queries.entities(day),
				this.queries.relationships(day), this.queries.events(day), this.queries.sources());
		return ResponseEntity.ok().contentType(JSON_LD).body(document);
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

	private static ResponseEntity<String> csv(String name, List<String> columns, List<Map<String, Object>> rows) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("atebol-" + name + ".csv").build().toString())
			.body(CsvTables.write(columns, rows));
	}

	static LocalDate day(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidDateException(
					"'" + date + "' is not a date: write it as YYYY-MM-DD, e.g. /export/2020-01-01.csv");
		}
	}

	static final class InvalidDateException extends RuntimeException {

		InvalidDateException(String message) {
			super(message);
		}

	}

}
