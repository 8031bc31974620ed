package cymru.atebol.seed;

import java.util.Collection;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules every fact obeys, wherever it comes from: the seed files
 * ({@link SeedValidator}, {@link SeedYaml}) and the editing API check facts with these,
 * so a fact is refused for the same reason, in the same words, by both. Each rule returns
 * the problem, or {@code null} when the fact passes.
 */
public final class FactRules {

	/**
	 * Ids of entities, sources and events: lower-case letters, digits and single hyphens.
	 */
	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	/** The hint for a date that is not one. */
	public static final String DATE_HINT = "write YYYY, YYYY-MM or YYYY-MM-DD (a real date)";

	/** The hint for a well-formed date outside the years a date may have. */
	public static final String YEAR_HINT = "a date's year is " + FuzzyDate.FIRST_YEAR + " to " + FuzzyDate.LAST_YEAR;

	private FactRules() {
	}

	/**
	 * What is wrong and how to fix it.
	 *
	 * @param message what is wrong
	 * @param hint how to fix it, or {@code null}
	 */
	public record Problem(String message, @Nullable String hint) {

		@Override
		public String toString() {
			return this.message + ((this.hint != null) ? " (" + this.hint + ")" : "");
		}

	}

	/** An id that is not a slug ({@code what} is "entity", "source" or "event"). */
	public static @Nullable Problem slug(String what, String id) {
		if (SLUG.matcher(id).matches()) {
			return null;
		}
		return new Problem("the " + what + " id '" + id + "' is not a slug",
				"use lower-case letters, digits and single hyphens, e.g. '" + slugOf(id) + "'");
	}

	/** A date as written: YYYY, YYYY-MM or YYYY-MM-DD. */
	public static @Nullable Problem date(String key, String text) {
		if (FuzzyDate.parse(text) != null) {
			return null;
		}
		String value = text.strip();
		// well formed, a year out of range and a day that a year in range has
		boolean onlyTheYear = value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
				&& (Integer.parseInt(value.substring(0, 4)) < FuzzyDate.FIRST_YEAR
						|| Integer.parseInt(value.substring(0, 4)) > FuzzyDate.LAST_YEAR)
				&& FuzzyDate.parse("2000" + value.substring(4)) != null;
		return new Problem("'" + key + "' is not a date: '" + text + "'", onlyTheYear ? YEAR_HINT : DATE_HINT);
	}

	public static @Nullable Problem kind(String kind, String entityId, Vocabulary vocabulary) {
		if (vocabulary.kindNames().contains(kind)) {
			return null;
		}
		return new Problem("unknown kind '" + kind + "' for entity '" + entityId + "'",
				suggest(kind, vocabulary.kindNames(), "kinds are defined in vocabulary.yaml"));
	}

	public static @Nullable Problem relationshipType(String type, Vocabulary vocabulary) {
		if (vocabulary.typeNames().contains(type)) {
			return null;
		}
		return new Problem("unknown relationship type '" + type + "'",
				suggest(type, vocabulary.typeNames(), "types are defined in vocabulary.yaml"));
	}

	/** A relationship from an entity to itself. */
	public static @Nullable Problem distinctEnds(String from, String to) {
		return from.equals(to) ? new Problem("'" + from + "' is related to itself", null) : null;
	}

	/**
	 * A fact that ends before it begins ({@code what}: "entity 'x'", "the name 'y'",
	 * ...).
	 */
	public static @Nullable Problem ordered(String what, @Nullable FuzzyDate from, @Nullable FuzzyDate to) {
		if (from != null && to != null && to.last().isBefore(from.first())) {
			return new Problem(what + " ends (" + to + ") before it begins (" + from + ")",
					"validTo is the last day the fact held; check the two dates");
		}
		return null;
	}

	/**
	 * A lower bound on a fact's start ({@code notBefore}) that lies after one of the
	 * fact's own dates ({@code key}: "validFrom" or "validTo"): the fact would have
	 * begun, or ended, before it could begin.
	 */
	public static @Nullable Problem bound(String what, @Nullable FuzzyDate notBefore, String key,
			@Nullable FuzzyDate date) {
		if (notBefore != null && date != null && notBefore.first().isAfter(date.last())) {
			return new Problem(what + " has notBefore (" + notBefore + ") after its " + key + " (" + date + ")",
					"notBefore is the earliest a fact can have begun: it cannot be later than the fact's own dates");
		}
		return null;
	}

	/** A source's url, which must be a public web address. */
	public static @Nullable Problem url(String sourceId, String url) {
		return URL.matcher(url).matches() ? null
				: new Problem("source '" + sourceId + "' has a url that is not http(s): " + url, null);
	}

	/** A fact with no citation. */
	public static Problem noSources(String hint) {
		return new Problem("no sources", hint);
	}

	/** A citation of a source that is not known. */
	public static Problem unknownSource(String id, Collection<String> known, String otherwise) {
		return new Problem("cites an unknown source '" + id + "'", suggest(id, known, otherwise));
	}

	/** A replacement with nothing replaced or nothing replacing it. */
	public static @Nullable Problem replacement(Collection<String> predecessors, Collection<String> successors) {
		return (predecessors.isEmpty() || successors.isEmpty())
				? new Problem("a REPLACED event needs 'predecessors' and 'successors'", null) : null;
	}

	/** "did you mean 'x'?" for a near miss, else {@code otherwise}. */
	public static String suggest(String wrong, Collection<String> candidates, String otherwise) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(wrong.toLowerCase(), candidate.toLowerCase());
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		int tolerance = Math.max(2, wrong.length() / 4);
		return (best != null && bestDistance <= tolerance) ? "did you mean '" + best + "'?" : otherwise;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * The text as a slug: lower case, runs of anything else turned into single hyphens.
	 */
	public static String slugOf(String text) {
		return text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
