package cymru.atebol.seed;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The seed as read from {@code graph-seed/}: sources, entities, relationships and change
 * events, each with the file and line it came from.
 *
 * @param hash fingerprint of the files it was read from
 * @param vocabulary the kinds and relationship types
 * @param sources the source registry
 * @param entities every entity
 * @param relationships every relationship
 * @param events the change events recorded explicitly
 */
public record Seed(String hash, Vocabulary vocabulary, List<Source> sources, List<Entity> entities,
		List<Relationship> relationships, List<Event> events) {

	/** Where an entry was read from. */
	public record Where(String file, int line) {

		@Override
		public String toString() {
			return this.file + ":" + this.line;
		}

	}

	/** A citation: a source id and the place in the source. */
	public record Citation(String sourceId, @Nullable String section) {

		/** Reads {@code "<source-id>"} or {@code "<source-id> § <section>"}. */
		static Citation parse(String text) {
			int mark = text.indexOf('§');
			if (mark < 0) {
				return new Citation(text.strip(), null);
			}
			String section = text.substring(mark + 1).strip();
			return new Citation(text.substring(0, mark).strip(), section.isEmpty() ? null : section);
		}

	}

	public record Source(Where where, String id, String title, @Nullable String publisher, @Nullable String date,
			@Nullable String url, @Nullable String file, @Nullable Integer tier, @Nullable String note) {
	}

	public record Name(Where where, String name, @Nullable String nameCy, @Nullable String shortName,
			@Nullable FuzzyDate validFrom, @Nullable FuzzyDate validTo, List<Citation> sources) {
	}

	public record Count(Where where, String of, long value, @Nullable FuzzyDate asOf, @Nullable String note,
			List<Citation> sources) {
	}

	/**
	 * An entity. {@code notBefore} is a sourced lower bound on when it can have begun,
	 * given where its own start is not sourced.
	 */
	public record Entity(Where where, String id, String kind, String name, @Nullable String nameCy,
			@Nullable String shortName, List<String> aliases, List<Name> names, @Nullable FuzzyDate validFrom,
			@Nullable FuzzyDate validTo, @Nullable FuzzyDate notBefore, @Nullable String description,
			Map<String, String> codes, List<Count> counts, List<Citation> sources, @Nullable String note) {
	}

	/**
	 * A relationship. {@code notBefore} is a sourced lower bound on when it can have
	 * begun, given where its own start is not sourced.
	 */
	public record Relationship(Where where, String id, String from, String type, String to,
			@Nullable FuzzyDate validFrom, @Nullable FuzzyDate validTo, @Nullable FuzzyDate notBefore,
			List<Citation> sources, @Nullable String note) {
	}

	public record Event(Where where, String id, String kind, FuzzyDate date, String description, List<String> entities,
			List<String> relationships, List<String> predecessors, List<String> successors, List<Citation> sources,
			boolean derived) {
	}

}
