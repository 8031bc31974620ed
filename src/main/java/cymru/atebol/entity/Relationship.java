package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A typed, dated, sourced link between two entities; {@code from} and {@code to} are read
 * in the same query as the relationship, so they cost no further round trip.
 * {@code version} counts its recorded versions (1, +1 per edit); {@code recordedBy} says
 * who recorded this one.
 */
public record Relationship(String id, String type, Entity from, Entity to, @Nullable LocalDate validFrom,
		@Nullable String validFromPrecision, @Nullable LocalDate validTo, @Nullable String validToPrecision,
		List<Citation> sources, @Nullable String note, int version, String recordedBy) {
}
