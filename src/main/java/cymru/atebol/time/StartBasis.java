package cymru.atebol.time;

/** How the start of an entity or relationship is known (docs/time.md). */
public enum StartBasis {

	/** A source gives the start ({@code validFrom}). */
	SOURCED,

	/**
	 * No source gives the start, but one gives the earliest it can have begun
	 * ({@code notBefore}, e.g. when bodies of its kind were introduced).
	 */
	BOUNDED,

	/**
	 * A relationship with no start of its own: it cannot have begun before both its ends
	 * existed, and an end's start is known.
	 */
	BOUNDED_BY_ENDS,

	/** Only the earliest date a cited source shows it (its publication date). */
	EVIDENCED,

	/** Nothing dates it. */
	UNKNOWN;

	/**
	 * Whether there is a date before which the fact is known not to hold: what
	 * {@code datesKnown: true} keeps.
	 */
	public boolean known() {
		return this == SOURCED || this == BOUNDED || this == BOUNDED_BY_ENDS;
	}

}
