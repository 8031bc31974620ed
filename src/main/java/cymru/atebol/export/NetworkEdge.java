package cymru.atebol.export;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Citation;

/**
 * An edge of a network file: a relationship with its own dates and sources, how its start
 * is known, and the spell it is in force (its own dates within both ends' lifetimes).
 */
record NetworkEdge(String id, String type, String fromId, String toId, boolean upward, @Nullable LocalDate validFrom,
		@Nullable String validFromPrecision, @Nullable LocalDate validTo, @Nullable String validToPrecision,
		List<Citation> sources, @Nullable String note, KnownStart start, Spell inForce) {

	/**
	 * The id without the {@code @<validFrom>} that tells apart several relationships of
	 * one type between the same two entities: the dynamic files draw those as one edge
	 * with several spells.
	 */
	String pairId() {
		int at = this.id.indexOf('@');
		return (at < 0) ? this.id : this.id.substring(0, at);
	}

}
