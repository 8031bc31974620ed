package cymru.atebol.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cymru.atebol.time.At;
import cymru.atebol.time.Start;

/**
 * A view of a governance entity evaluated at a moment ({@link At}: a date, a record time
 * and whether only known starts count). Nested fields without their own {@code asOf} use
 * this one, so a whole response describes one moment; {@code existsAsOf} is decided by
 * the query that read it ({@code TimeRules}), as is which recorded property set it shows.
 * Former names come with the entity (they are few), so names at any date cost no further
 * round trip. {@code version} counts the entity's recorded property sets (1, +1 per edit)
 * and {@code recordedBy} says who recorded this one ({@code seed} or an editor).
 */
public record Entity(String id, String kind, String currentName, @Nullable String currentNameCy,
		@Nullable String currentShortName, List<String> aliases, @Nullable String description, @Nullable String note,
		@Nullable LocalDate validFrom, @Nullable String validFromPrecision, @Nullable LocalDate validTo,
		@Nullable String validToPrecision, Start start, Codes codes, List<Citation> sources, List<Name> formerNames,
		int version, String recordedBy, At at, boolean existsAsOf) {

	private static final Comparator<Name> OLDEST_FIRST = Comparator.comparing(Name::validFrom,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	/** The date this view is evaluated at. */
	public LocalDate asOf() {
		return this.at.asOf();
	}

	/** The record time this view is evaluated at (null: now). */
	public @Nullable OffsetDateTime recordedAsOf() {
		return this.at.recordedAsOf();
	}

	/** The name in force on the date: a former name valid then, else the current name. */
	public Name nameOn(LocalDate date) {
		return this.formerNames.stream()
			.filter((name) -> name.inForceOn(date))
			.max(OLDEST_FIRST)
			.orElseGet(this::currentNameEntry);
	}

	/** Every name, oldest first, ending with the current one. */
	public List<Name> names() {
		List<Name> names = new ArrayList<>(this.formerNames);
		names.sort(OLDEST_FIRST);
		boolean currentRecorded = names.stream()
			.anyMatch((name) -> name.validTo() == null && name.name().equals(this.currentName));
		if (!currentRecorded) {
			names.add(currentNameEntry());
		}
		return names;
	}

	/**
	 * The current name as a {@link Name}: in force from the day after the last former
	 * name ended (or from the entity's start when it was never renamed).
	 */
	private Name currentNameEntry() {
		Name last = this.formerNames.stream()
			.filter((name) -> name.validTo() != null)
			.max(Comparator.comparing(Name::validTo))
			.orElse(null);
		LocalDate from = (last != null) ? last.validTo().plusDays(1) : this.validFrom;
		String precision = (last != null) ? last.validToPrecision() : this.validFromPrecision;
		return new Name(this.currentName, this.currentNameCy, this.currentShortName, from, precision, this.validTo,
				this.validToPrecision, this.sources);
	}

}
