package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cymru.atebol.time.Start;

/**
 * A typed, dated, sourced link between two entities; {@code from} and {@code to} are read
 * in the same query as the relationship, so they cost no further round trip.
 * {@code version} counts its recorded versions (1, +1 per edit); {@code recordedBy} says
 * who recorded this one.
 */
public record Relationship(String id, String type, Entity from, Entity to, @Nullable LocalDate validFrom,
		@Nullable String validFromPrecision, @Nullable LocalDate validTo, @Nullable String validToPrecision,
		Start start, List<Citation> sources, @Nullable String note, int version, String recordedBy) {

	/**
	 * The first day the relationship can have held: the latest of its own known start
	 * ({@link Start}) and its ends' known starts (a succession: its successor's), since
	 * it is never in force outside its ends' lifetimes; null when none is known.
	 */
	public @Nullable LocalDate firstDay() {
		LocalDate first = this.start.known() ? this.start.date() : null;
		for (Entity end : ends()) {
			Start known = end.start();
			if (known.known() && (first == null || known.date().isAfter(first))) {
				first = known.date();
			}
		}
		return first;
	}

	/**
	 * The last day the relationship can have held: its own end, or the last day of an end
	 * that ended earlier (a succession: of its successor), since it is never in force
	 * outside its ends' lifetimes; null while it holds.
	 */
	public @Nullable LocalDate lastDay() {
		LocalDate last = this.validTo;
		for (Entity end : ends()) {
			if (end.validTo() != null && (last == null || end.validTo().isBefore(last))) {
				last = end.validTo();
			}
		}
		return last;
	}

	/** The ends whose lifetimes bound it: both, or for a succession its successor. */
	private List<Entity> ends() {
		return "REPLACED_BY".equals(this.type) ? List.of(this.to) : List.of(this.from, this.to);
	}

}
