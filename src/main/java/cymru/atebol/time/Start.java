package cymru.atebol.time;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How the start of an entity or relationship is known, and the date that goes with it:
 * the sourced start, the bound, or the evidence date (none when unknown).
 */
public record Start(StartBasis basis, @Nullable LocalDate date, @Nullable String precision) {

	private static final Start UNKNOWN = new Start(StartBasis.UNKNOWN, null, null);

	public boolean known() {
		return this.basis.known();
	}

	/** An entity's start, from its own dates. */
	public static Start of(Dates own) {
		if (own.validFrom() != null) {
			return new Start(StartBasis.SOURCED, own.validFrom(), own.validFromPrecision());
		}
		if (own.notBefore() != null) {
			return new Start(StartBasis.BOUNDED, own.notBefore(), own.notBeforePrecision());
		}
		return evidenced(own);
	}

	/**
	 * A relationship's start: its own when sourced; else the latest of its own bound and
	 * its ends' known starts (a succession only by its successor, {@code to}), since it
	 * is never in force before both ends exist; else its evidence.
	 */
	public static Start of(Dates own, Start from, Start to, boolean succession) {
		if (own.validFrom() != null) {
			return new Start(StartBasis.SOURCED, own.validFrom(), own.validFromPrecision());
		}
		Start bound = (own.notBefore() != null)
				? new Start(StartBasis.BOUNDED, own.notBefore(), own.notBeforePrecision()) : null;
		bound = later(bound, succession ? null : byEnd(from));
		bound = later(bound, byEnd(to));
		return (bound != null) ? bound : evidenced(own);
	}

	private static @Nullable Start byEnd(Start end) {
		return end.known() ? new Start(StartBasis.BOUNDED_BY_ENDS, end.date(), end.precision()) : null;
	}

	/** The later of two bounds; on a tie the first (a relationship's own bound). */
	private static @Nullable Start later(@Nullable Start a, @Nullable Start b) {
		if (a == null) {
			return b;
		}
		return (b != null && b.date().isAfter(a.date())) ? b : a;
	}

	private static Start evidenced(Dates own) {
		return (own.evidencedFrom() != null)
				? new Start(StartBasis.EVIDENCED, own.evidencedFrom(), own.evidencedFromPrecision()) : UNKNOWN;
	}

	/** The start-related dates a fact carries, each with its precision. */
	public record Dates(@Nullable LocalDate validFrom, @Nullable String validFromPrecision,
			@Nullable LocalDate notBefore, @Nullable String notBeforePrecision, @Nullable LocalDate evidencedFrom,
			@Nullable String evidencedFromPrecision) {

	}

}
