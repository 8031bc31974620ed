package cymru.atebol.export;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * How the start of an entity or relationship is known, as the network files write it: the
 * basis ({@code SOURCED}: its own sourced start; {@code UNKNOWN}: no start is known), the
 * date and its precision. {@link #of} is the one place that decides it, so every file
 * says the same.
 */
record KnownStart(String basis, @Nullable LocalDate date, @Nullable String precision) {

	static final String SOURCED = "SOURCED";

	static final String UNKNOWN = "UNKNOWN";

	/**
	 * The start of a fact from its map projection ({@code e {.*}} or {@code r {.*}}):
	 * SOURCED when it has its own {@code validFrom}, else UNKNOWN.
	 */
	static KnownStart of(Value fact) {
		Value validFrom = fact.get("validFrom");
		if (validFrom.isNull()) {
			return new KnownStart(UNKNOWN, null, null);
		}
		Value precision = fact.get("validFromPrecision");
		return new KnownStart(SOURCED, validFrom.asLocalDate(), precision.isNull() ? null : precision.asString());
	}

}
