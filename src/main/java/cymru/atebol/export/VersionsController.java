package cymru.atebol.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.atebol.system.Today;
import cymru.atebol.export.ExportController.InvalidDateException;
import cymru.atebol.version.VersionEntry;
import cymru.atebol.version.VersionHistory;

/**
 * Serves the version list, {@code /export/versions.json}: every recorded state of the
 * dataset in order, each with its record time, what made it, and the SHA-256 of the whole
 * history as recorded at it, with the URL that checksum is of.
 */
@RestController
class VersionsController {

	private final VersionHistory versions;

	private final VersionChecksums checksums;

	private final ExportHeaders headers;

	private final Today today;

	VersionsController(VersionHistory versions, VersionChecksums checksums, ExportHeaders headers, Today today) {
		this.versions = versions;
		this.checksums = checksums;
		this.headers = headers;
		this.today = today;
	}

	/**
	 * The versions up to the one in force at {@code ?recordedAsOf=} (all without it), so
	 * that the list named by a citation stays the same.
	 */
	@GetMapping("/export/versions.json")
	ResponseEntity<Map<String, Object>> versions(@RequestParam Map<String, String> query) {
		ExportHeaders.Pinned pinned = this.headers.pin(ExportController.at(this.today.date().toString(), query));
		long last = (pinned.version() != null) ? pinned.version().number() : 0;
		List<VersionEntry> all = this.versions.all().stream().filter((v) -> v.number() <= last).toList();
		ExportHeader header = this.headers.table("Every recorded version of the dataset, oldest first", null, pinned);
		Map<String, Object> document = new LinkedHashMap<>(header.fields());
		document.put("checksum", "sha256 of the body of each version's checksumUrl: " + VersionChecksums.FILE
				+ " as recorded at the version, as this service serves it");
		List<Map<String, Object>> items = new ArrayList<>();
		for (VersionEntry version : all) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", version.number());
			item.put("recordedAt", version.recordedAtText());
			item.put("kind", version.kind());
			item.put("recordedBy", version.recordedBy());
			item.put("operation", version.operation());
			item.put("description", version.description());
			item.put("checksumUrl", VersionChecksums.url(version));
			item.put("sha256", this.checksums.sha256(version));
			items.add(item);
		}
		document.put("versions", items);
		return ResponseEntity.ok()
			.headers(ExportHeaders.http(header))
			.contentType(MediaType.APPLICATION_JSON)
			.body(document);
	}

	@ExceptionHandler(InvalidDateException.class)
	ProblemDetail invalidDate(InvalidDateException ex) {
		return ExportController.invalidDateProblem(ex);
	}

}
