package cymru.atebol.reconcile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reconciliation endpoint, {@code /reconcile}: without {@code queries}, the service
 * manifest; with a batch of queries (a {@code queries} form field or query parameter, or
 * a JSON body), the candidates of each. {@code asOf=YYYY-MM-DD} keeps the entities that
 * existed on that date for every query of the request (a query's own {@code asOf}
 * property wins). A GET may ask for JSONP with {@code callback}.
 */
@RestController
class ReconcileController {

	private final ReconcileQueries queries;

	private final EntityTypes types;

	private final Manifest manifest;

	private final Jsonp jsonp;

	ReconcileController(ReconcileQueries queries, EntityTypes types, Manifest manifest, Jsonp jsonp) {
		this.queries = queries;
		this.types = types;
		this.manifest = manifest;
		this.jsonp = jsonp;
	}

	@GetMapping("/reconcile")
	ResponseEntity<String> get(@RequestParam(required = false) @Nullable String queries,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String callback) {
		Object answer = (queries != null) ? reconcile(queries, asOf) : this.manifest.describe();
		return this.jsonp.answer(answer, callback);
	}

	@PostMapping(path = "/reconcile", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> postForm(@RequestParam String queries,
			@RequestParam(required = false) @Nullable String asOf) {
		return this.jsonp.answer(reconcile(queries, asOf), null);
	}

	@PostMapping(path = "/reconcile", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> postJson(@RequestBody String queries,
			@RequestParam(required = false) @Nullable String asOf) {
		return this.jsonp.answer(reconcile(queries, asOf), null);
	}

	private Map<String, Object> reconcile(String batch, @Nullable String asOf) {
		List<ReconcileQuery> parsed = ReconcileBatch.parse(batch, date(asOf), this.types);
		Map<String, List<ReconcileQueries.Found>> found = this.queries.candidates(parsed);
		Map<String, Object> results = new LinkedHashMap<>();
		for (ReconcileQuery query : parsed) {
			List<Candidate> ranked = Scoring.rank(query, found.get(query.key()), this.types);
			results.put(query.key(), Map.of("result", ranked.stream().map(ReconcileController::json).toList()));
		}
		return results;
	}

	private static Map<String, Object> json(Candidate candidate) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", candidate.id());
		json.put("name", candidate.name());
		if (candidate.description() != null) {
			json.put("description", candidate.description());
		}
		json.put("type", candidate.type().stream().map(EntityTypes.Type::json).toList());
		json.put("score", candidate.score());
		json.put("features", candidate.features());
		json.put("match", candidate.match());
		return json;
	}

	static @Nullable LocalDate date(@Nullable String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadReconcileRequest("asOf '%s' is not a date: write it as YYYY-MM-DD".formatted(asOf));
		}
	}

}
