package cymru.atebol.export;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A period something is in force, both ends inclusive; a null {@code from} is an unknown
 * start (in force as far back as the record goes), a null {@code to} an open end.
 */
record Spell(@Nullable LocalDate from, @Nullable LocalDate to) {

	static final Spell ALWAYS = new Spell(null, null);

	/** The part of this spell that also lies within {@code other}. */
	Spell within(Spell other) {
		LocalDate start = later(this.from, other.from);
		LocalDate end = earlier(this.to, other.to);
		return new Spell(start, end);
	}

	/** Whether no day lies in the spell (it ends before it starts). */
	boolean isEmpty() {
		return this.from != null && this.to != null && this.to.isBefore(this.from);
	}

	boolean contains(LocalDate date) {
		return (this.from == null || !this.from.isAfter(date)) && (this.to == null || !this.to.isBefore(date));
	}

	private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isBefore(b)) ? a : b;
	}

}
