package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A name an entity had (or has), with the dates it was in force. */
public record Name(String name, @Nullable String nameCy, @Nullable String shortName, @Nullable LocalDate validFrom,
		@Nullable String validFromPrecision, @Nullable LocalDate validTo, @Nullable String validToPrecision,
		List<Citation> sources) {

	boolean inForceOn(LocalDate date) {
		return (this.validFrom == null || !this.validFrom.isAfter(date))
				&& (this.validTo == null || !this.validTo.isBefore(date));
	}

}
