package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sourced count of things whose names are not all known, such as a health board's
 * clusters.
 */
public record Count(String of, long value, @Nullable LocalDate asOf, @Nullable String asOfPrecision,
		@Nullable String note, List<Citation> sources) {
}
