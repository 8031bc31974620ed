package cymru.atebol.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import cymru.atebol.editing.EditInputs.CitationInput;
import cymru.atebol.seed.FactRules;
import cymru.atebol.seed.FuzzyDate;
import cymru.atebol.seed.Vocabulary;
import cymru.atebol.system.BadArgumentException;

/**
 * Checks an edit's input by the rules the seed files obey ({@link FactRules}), in the
 * same words, before anything is read or written; a problem is a BAD_REQUEST error naming
 * the argument path (e.g. {@code input.sources[0].url}). What needs the graph (does the
 * entity exist, is the source known) is checked inside the edit's transaction.
 */
@Component
final class EditValidator {

	static final String SOURCES_HINT = "every edit cites at least one source: a sourceId of a source in the graph, "
			+ "or a url and title";

	private final Vocabulary vocabulary;

	EditValidator(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** A new entity's id: a slug. */
	void slug(String argument, String id) {
		check(argument, FactRules.slug("entity", id));
	}

	void kind(String argument, String kind, String entityId) {
		check(argument, FactRules.kind(kind, entityId, this.vocabulary));
	}

	void relationshipType(String argument, String type) {
		check(argument, FactRules.relationshipType(type, this.vocabulary));
	}

	void distinctEnds(String argument, String from, String to) {
		check(argument, FactRules.distinctEnds(from, to));
	}

	/** A text that must say something (a name, a description). */
	void present(String argument, @Nullable String text, String key) {
		if (text == null || text.isBlank()) {
			throw new BadArgumentException(argument, "missing '" + key + "'");
		}
	}

	/** A date as the seed writes it, or null when not given. */
	@Nullable FuzzyDate optionalDate(String argument, @Nullable String text, String key) {
		return (text != null) ? date(argument, text, key) : null;
	}

	FuzzyDate date(String argument, String text, String key) {
		check(argument, FactRules.date(key, text));
		return FuzzyDate.parse(text);
	}

	/** Facts that end before they begin. */
	void ordered(String argument, String what, @Nullable FuzzyDate from, @Nullable FuzzyDate to) {
		check(argument, FactRules.ordered(what, from, to));
	}

	/**
	 * The shape of every citation: at least one; each either a source id or a public url
	 * with a title. Whether a cited source exists is {@link Citations}'s to check.
	 */
	void citations(String argument, @Nullable List<CitationInput> citations) {
		if (citations == null || citations.isEmpty()) {
			check(argument, FactRules.noSources(SOURCES_HINT));
			return;
		}
		for (int i = 0; i < citations.size(); i++) {
			CitationInput citation = citations.get(i);
			String at = argument + "[" + i + "]";
			boolean id = citation.sourceId() != null && !citation.sourceId().isBlank();
			boolean url = citation.url() != null && !citation.url().isBlank();
			if (id == url) {
				throw new BadArgumentException(at, "a citation needs exactly one of 'sourceId' and 'url'; "
						+ "'sourceId' for a source in the graph, 'url' (with 'title') for a public page");
			}
			if (url) {
				check(at + ".url", FactRules.url(Citations.sourceId(citation.url()), citation.url()));
				present(at + ".title", citation.title(), "title");
			}
		}
	}

	/** Ids listed once each, and on one side only. */
	void distinct(String argument, List<String> ids, Set<String> others, String othersName) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (!seen.add(id)) {
				throw new BadArgumentException(argument + "[" + i + "].id", "'" + id + "' is listed twice");
			}
			if (others.contains(id)) {
				throw new BadArgumentException(argument + "[" + i + "].id",
						"'" + id + "' is also one of the " + othersName);
			}
		}
	}

	void replacement(String argument, List<String> predecessors, List<String> successors) {
		check(argument, FactRules.replacement(predecessors, successors));
	}

	private static void check(String argument, FactRules.@Nullable Problem problem) {
		if (problem != null) {
			throw new BadArgumentException(argument,
					problem.message() + ((problem.hint() != null) ? "; " + problem.hint() : ""));
		}
	}

}
