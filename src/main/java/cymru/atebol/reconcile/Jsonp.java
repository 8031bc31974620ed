package cymru.atebol.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes an answer as JSON, or as JSONP when a GET names a {@code callback} (the API
 * allows it for older web clients). The callback must be a plain JavaScript name, and
 * JSONP is served only while reads are public: a script tag carries the browser's saved
 * credentials, so it must never reach data that needs them.
 */
@Component
final class Jsonp {

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("application/javascript;charset=UTF-8");

	private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

	private static final int MAX_CALLBACK = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final boolean publicReads;

	Jsonp(@Value("${atebol.security.public-reads:true}") boolean publicReads) {
		this.publicReads = publicReads;
	}

	/**
	 * A JSON object whose members are written in the order given: names and values in
	 * turn. ({@code Map.of} iterates in an order that changes from one start of the
	 * service to the next, and the same answer should be the same bytes.)
	 */
	static Map<String, Object> object(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values in pairs, got " + namesAndValues.length + " items");
		}
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

	ResponseEntity<String> answer(Object answer, @Nullable String callback) {
		String json = JSON.writeValueAsString(answer);
		if (callback == null) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
		}
		if (!this.publicReads) {
			throw new BadReconcileRequest("callback: JSONP is served only when reads are public "
					+ "(atebol.security.public-reads); use CORS with your credentials instead");
		}
		if (callback.length() > MAX_CALLBACK || !CALLBACK.matcher(callback).matches()) {
			throw new BadReconcileRequest(
					"callback '%s' is not a JavaScript function name (letters, digits, _ and $, dotted)"
						.formatted((callback.length() > MAX_CALLBACK) ? callback.substring(0, MAX_CALLBACK) + "..."
								: callback));
		}
		return ResponseEntity.ok().contentType(JAVASCRIPT).body("/**/" + callback + "(" + json + ");");
	}

}
