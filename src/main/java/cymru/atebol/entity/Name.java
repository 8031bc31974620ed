package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A name an entity had (or has), with the dates it was in force. */
public record Name(String name, @Nullable String nameCy, @Nullable String shortName, @Nullable LocalDate validFrom,
		@Nullable String validFromPrecision, @Nullable LocalDate validTo, @Nullable String validToPrecision,
		List<Citation> sources) {

	/**
	 * Whether this former name was the name on the date. A former name whose end is not
	 * known is listed among the names but never taken as the name on a date: the current
	 * name may already have been in use.
	 */
	boolean inForceOn(LocalDate date) {
		return (this.validFrom == null || !this.validFrom.isAfter(date))
				&& (this.validTo != null && !this.validTo.isBefore(date));
	}

}
