package cymru.atebol.seed;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import cymru.atebol.seed.Seed.Citation;

/**
 * When the sources show a fact at the earliest: the publication dates of the sources in
 * the registry ({@code date} in sources.yaml, where it is a date), and for a fact the
 * earliest among the sources it cites. This is evidence that the fact held by then, not
 * its start.
 */
final class EvidenceDates {

	/**
	 * Earliest first; of two periods starting on the same day, the more precise one (a
	 * day is as early as its year, and says more).
	 */
	static final Comparator<FuzzyDate> EARLIEST = Comparator.comparing(FuzzyDate::first)
		.thenComparing(FuzzyDate::precision, Comparator.reverseOrder());

	private final Map<String, FuzzyDate> published;

	private EvidenceDates(Map<String, FuzzyDate> published) {
		this.published = published;
	}

	static EvidenceDates of(List<Seed.Source> sources) {
		Map<String, FuzzyDate> published = new HashMap<>();
		for (Seed.Source source : sources) {
			FuzzyDate date = (source.date() != null) ? FuzzyDate.parse(source.date()) : null;
			if (date != null) {
				published.put(source.id(), date);
			}
		}
		return new EvidenceDates(published);
	}

	/** The earliest publication date among the cited sources, or {@code null}. */
	@Nullable FuzzyDate earliest(List<Citation> citations) {
		return citations.stream()
			.map(c -> this.published.get(c.sourceId()))
			.filter(Objects::nonNull)
			.min(EARLIEST)
			.orElse(null);
	}

}
