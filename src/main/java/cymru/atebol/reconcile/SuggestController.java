package cymru.atebol.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.atebol.entity.Entity;

/**
 * The suggest services of the reconciliation API, for type-ahead in OpenRefine:
 * {@code /reconcile/suggest/entity} (names and ids, as search finds them),
 * {@code /reconcile/suggest/type} (entity kinds) and {@code /reconcile/suggest/property},
 * each taking {@code prefix} and an optional {@code cursor} (how many to skip).
 */
@RestController
class SuggestController {

	static final int PAGE = 10;

	static final int MAX_CURSOR = 500;

	private final ReconcileQueries queries;

	private final EntityTypes types;

	private final Jsonp jsonp;

	SuggestController(ReconcileQueries queries, EntityTypes types, Jsonp jsonp) {
		this.queries = queries;
		this.types = types;
		this.jsonp = jsonp;
	}

	@GetMapping("/reconcile/suggest/entity")
	ResponseEntity<String> entities(@RequestParam String prefix,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String callback) {
		List<Map<String, Object>> result = this.queries.suggest(checked(prefix), offset(cursor), PAGE)
			.stream()
			.map(this::suggestion)
			.toList();
		return this.jsonp.answer(Map.of("result", result), callback);
	}

	@GetMapping("/reconcile/suggest/type")
	ResponseEntity<String> types(@RequestParam String prefix, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String callback) {
		String wanted = checked(prefix).toLowerCase(Locale.ROOT);
		List<Map<String, Object>> result = this.types.all()
			.stream()
			.filter((t) -> t.id().toLowerCase(Locale.ROOT).startsWith(wanted)
					|| t.name().toLowerCase(Locale.ROOT).contains(wanted))
			.skip(offset(cursor))
			.limit(PAGE)
			.map((t) -> Jsonp.object("id", t.id(), "name", t.name(), "description", t.description()))
			.toList();
		return this.jsonp.answer(Map.of("result", result), callback);
	}

	@GetMapping("/reconcile/suggest/property")
	ResponseEntity<String> properties(@RequestParam String prefix,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String callback) {
		String wanted = checked(prefix).toLowerCase(Locale.ROOT);
		List<Map<String, Object>> result = ReconcileProperties.ALL.stream()
			.filter((p) -> p.id().toLowerCase(Locale.ROOT).startsWith(wanted)
					|| p.name().toLowerCase(Locale.ROOT).contains(wanted))
			.skip(offset(cursor))
			.limit(PAGE)
			.map((p) -> Jsonp.object("id", p.id(), "name", p.name(), "description", p.description()))
			.toList();
		return this.jsonp.answer(Map.of("result", result), callback);
	}

	private Map<String, Object> suggestion(Entity entity) {
		EntityTypes.Type type = this.types.of(entity.kind());
		Map<String, Object> suggestion = new LinkedHashMap<>();
		suggestion.put("id", entity.id());
		suggestion.put("name", entity.currentName());
		suggestion.put("description", (entity.currentNameCy() != null) ? entity.currentNameCy() : type.name());
		suggestion.put("notable", List.of(type.json()));
		return suggestion;
	}

	private static String checked(String prefix) {
		if (prefix.length() > ReconcileBatch.MAX_TEXT) {
			throw new BadReconcileRequest(
					"prefix must be at most %d characters, was %d".formatted(ReconcileBatch.MAX_TEXT, prefix.length()));
		}
		return prefix.strip();
	}

	private static int offset(@Nullable String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(cursor.strip());
			if (offset >= 0 && offset <= MAX_CURSOR) {
				return offset;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new BadReconcileRequest(
				"cursor '%s' must be a whole number from 0 to %d".formatted(cursor.strip(), MAX_CURSOR));
	}

}
