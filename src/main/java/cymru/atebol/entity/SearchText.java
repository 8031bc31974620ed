package cymru.atebol.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import cymru.atebol.system.BadArgumentException;

/**
 * A user's search text turned into a Lucene query for the {@code entity_names} full-text
 * index. Users type names, not Lucene syntax: every character Lucene treats specially is
 * escaped, so any text is a valid query. Each word matches as a word (boosted) or as the
 * start of one (type-ahead), and several words together as a phrase score highest. Public
 * for the reconciliation service, which finds its candidates the same way.
 */
public final class SearchText {

	static final int MAX_LENGTH = 200;

	private static final int MAX_WORDS = 16;

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final String luceneQuery;

	private final List<String> words;

	private SearchText(String luceneQuery, List<String> words) {
		this.luceneQuery = luceneQuery;
		this.words = words;
	}

	public static SearchText of(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new BadArgumentException("text", "must not be empty");
		}
		if (trimmed.length() > MAX_LENGTH) {
			throw new BadArgumentException("text",
					"must be at most %d characters, was %d".formatted(MAX_LENGTH, trimmed.length()));
		}
		List<String> terms = Stream.of(trimmed.toLowerCase(Locale.ROOT).split("\\s+"))
			.filter((term) -> WORD_SEPARATOR.splitAsStream(term).anyMatch((part) -> !part.isEmpty()))
			.limit(MAX_WORDS)
			.map((term) -> LUCENE_SPECIAL.matcher(term).replaceAll("\\\\$0"))
			.toList();
		if (terms.isEmpty()) {
			throw new BadArgumentException("text", "must contain a letter or a digit");
		}
		List<String> clauses = new ArrayList<>();
		if (terms.size() > 1) {
			clauses.add("\"" + String.join(" ", terms) + "\"^4");
		}
		for (String term : terms) {
			clauses.add(term + "^2");
			clauses.add(term + "*");
		}
		return new SearchText(String.join(" ", clauses), words(trimmed));
	}

	public String luceneQuery() {
		return this.luceneQuery;
	}

	/**
	 * Which of the entity's names matches the text best: whole words count double, word
	 * starts once.
	 */
	public @Nullable String bestMatch(Entity entity) {
		String best = null;
		int bestScore = 0;
		for (String candidate : candidates(entity)) {
			List<String> candidateWords = words(candidate);
			int score = 0;
			for (String word : this.words) {
				if (candidateWords.contains(word)) {
					score += 2;
				}
				else if (candidateWords.stream().anyMatch((w) -> w.startsWith(word))) {
					score += 1;
				}
			}
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static List<String> candidates(Entity entity) {
		List<String> names = new ArrayList<>();
		names.add(entity.currentName());
		addIfPresent(names, entity.currentShortName());
		addIfPresent(names, entity.currentNameCy());
		names.addAll(entity.aliases());
		for (Name former : entity.formerNames()) {
			names.add(former.name());
			addIfPresent(names, former.shortName());
			addIfPresent(names, former.nameCy());
		}
		return names;
	}

	private static void addIfPresent(List<String> names, @Nullable String name) {
		if (name != null) {
			names.add(name);
		}
	}

	private static List<String> words(String text) {
		return WORD_SEPARATOR.splitAsStream(text.toLowerCase(Locale.ROOT)).filter((w) -> !w.isEmpty()).toList();
	}

}
