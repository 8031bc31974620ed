package cymru.atebol.seed;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import cymru.atebol.seed.Seed.Where;
import cymru.atebol.seed.SeedReader.Located;
import cymru.atebol.seed.SeedYaml.Problems;

/**
 * The rules that span entries and files: ids unique and well formed, every kind and type
 * in the vocabulary, every reference resolving, every citation naming a known source, and
 * no fact ending before it began. Each problem names the file and line and suggests a
 * fix.
 */
final class SeedValidator {

	static final Set<String> CHANGE_KINDS = Set.of("ESTABLISHED", "DISSOLVED", "RENAMED", "REPLACED", "MOVED");

	private final Seed seed;

	private final Problems problems = new Problems();

	private final Set<String> entityIds;

	private SeedValidator(Seed seed) {
		this.seed = seed;
		this.entityIds = seed.entities().stream().map(Seed.Entity::id).collect(Collectors.toUnmodifiableSet());
	}

	static List<SeedProblem> validate(Seed seed, List<Located<Seed.Citation>> citations) {
		SeedValidator validator = new SeedValidator(seed);
		validator.checkVocabulary();
		validator.checkIds();
		validator.checkSources();
		validator.checkEntities();
		validator.checkRelationships();
		validator.checkEvents();
		validator.checkCitations(citations);
		return validator.problems.list();
	}

	private void checkVocabulary() {
		Vocabulary vocabulary = this.seed.vocabulary();
		duplicates(vocabulary.kinds().stream().map(Vocabulary.KindInfo::kind).toList(), "kind");
		duplicates(vocabulary.relationTypes().stream().map(Vocabulary.RelationTypeInfo::type).toList(),
				"relationship type");
	}

	private void duplicates(List<String> names, String what) {
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (!seen.add(name)) {
				this.problems.add("vocabulary.yaml", 0, "the " + what + " " + name + " is defined twice", null);
			}
		}
	}

	/**
	 * Ids must be slugs and unique across entities, sources and events, so node(id) is
	 * unambiguous.
	 */
	private void checkIds() {
		Map<String, Where> seen = new HashMap<>();
		record Id(String id, Where where, String what) {
		}
		List<Id> ids = new java.util.ArrayList<>();
		this.seed.sources().forEach(s -> ids.add(new Id(s.id(), s.where(), "source")));
		this.seed.entities().forEach(e -> ids.add(new Id(e.id(), e.where(), "entity")));
		this.seed.events().forEach(e -> ids.add(new Id(e.id(), e.where(), "event")));
		for (Id id : ids) {
			problem(id.where(), FactRules.slug(id.what(), id.id()));
			Where first = seen.putIfAbsent(id.id(), id.where());
			if (first != null) {
				problem(id.where(), "duplicate id '" + id.id() + "' (first used at " + first + ")",
						"every entity, source and event needs its own id");
			}
		}
	}

	private void checkSources() {
		for (Seed.Source source : this.seed.sources()) {
			if ((source.url() == null) == (source.file() == null)) {
				problem(source.where(), "source '" + source.id() + "' needs exactly one of 'url' and 'file'",
						"'url' for a public page, 'file' for a seed document");
			}
			if (source.url() != null) {
				problem(source.where(), FactRules.url(source.id(), source.url()));
			}
		}
	}

	private void checkEntities() {
		Set<String> kinds = this.seed.vocabulary().kindNames();
		for (Seed.Entity entity : this.seed.entities()) {
			problem(entity.where(), FactRules.kind(entity.kind(), entity.id(), this.seed.vocabulary()));
			ordered(entity.where(), "entity '" + entity.id() + "'", entity.validFrom(), entity.validTo());
			bound(entity.where(), "entity '" + entity.id() + "'", entity.notBefore(), entity.validFrom(),
					entity.validTo());
			for (Seed.Name name : entity.names()) {
				ordered(name.where(), "the name '" + name.name() + "'", name.validFrom(), name.validTo());
			}
			for (Seed.Count count : entity.counts()) {
				if (!kinds.contains(count.of())) {
					problem(count.where(), "a count of unknown kind '" + count.of() + "'",
							suggest(count.of(), kinds, "count one of the kinds in vocabulary.yaml"));
				}
			}
		}
	}

	private void checkRelationships() {
		Map<String, Where> ids = new HashMap<>();
		for (Seed.Relationship relationship : this.seed.relationships()) {
			problem(relationship.where(), FactRules.relationshipType(relationship.type(), this.seed.vocabulary()));
			entity(relationship.where(), "from", relationship.from());
			entity(relationship.where(), "to", relationship.to());
			problem(relationship.where(), FactRules.distinctEnds(relationship.from(), relationship.to()));
			ordered(relationship.where(), "relationship " + relationship.id(), relationship.validFrom(),
					relationship.validTo());
			bound(relationship.where(), "relationship " + relationship.id(), relationship.notBefore(),
					relationship.validFrom(), relationship.validTo());
			Where first = ids.putIfAbsent(relationship.id(), relationship.where());
			if (first != null) {
				problem(relationship.where(),
						"relationship " + relationship.id() + " is given twice (first at " + first + ")",
						"give the two different validFrom dates, or remove one");
			}
		}
	}

	private void checkEvents() {
		Set<String> relationshipIds = this.seed.relationships()
			.stream()
			.map(Seed.Relationship::id)
			.collect(Collectors.toUnmodifiableSet());
		for (Seed.Event event : this.seed.events()) {
			if (!CHANGE_KINDS.contains(event.kind())) {
				problem(event.where(), "unknown change kind '" + event.kind() + "'",
						suggest(event.kind(), CHANGE_KINDS, "one of " + String.join(", ", CHANGE_KINDS)));
			}
			event.entities().forEach(id -> entity(event.where(), "entities", id));
			event.predecessors().forEach(id -> entity(event.where(), "predecessors", id));
			event.successors().forEach(id -> entity(event.where(), "successors", id));
			for (String id : event.relationships()) {
				if (!relationshipIds.contains(id)) {
					problem(event.where(), "event '" + event.id() + "' names an unknown relationship '" + id + "'",
							suggest(id, relationshipIds, "relationship ids read <from>:<TYPE>:<to>"));
				}
			}
			if (event.kind().equals("REPLACED")) {
				problem(event.where(), FactRules.replacement(event.predecessors(), event.successors()));
			}
			if (event.kind().equals("MOVED") && event.relationships().size() < 2) {
				problem(event.where(), "a MOVED event needs the relationship that ended and the one that began",
						"list both ids under 'relationships'");
			}
		}
	}

	private void checkCitations(List<Located<Seed.Citation>> citations) {
		Set<String> sourceIds = this.seed.sources()
			.stream()
			.map(Seed.Source::id)
			.collect(Collectors.toUnmodifiableSet());
		for (Located<Seed.Citation> citation : citations) {
			String id = citation.value().sourceId();
			if (!sourceIds.contains(id)) {
				problem(citation.where(), FactRules.unknownSource(id, sourceIds,
						"add it to sources.yaml, or write \"<source-id> § <section>\""));
			}
		}
	}

	private void entity(Where where, String field, String id) {
		if (!this.entityIds.contains(id)) {
			problem(where, "'" + field + "' names an unknown entity '" + id + "'",
					suggest(id, this.entityIds, "every entity is defined under entities/"));
		}
	}

	private void ordered(Where where, String what, @Nullable FuzzyDate from, @Nullable FuzzyDate to) {
		problem(where, FactRules.ordered(what, from, to));
	}

	private void bound(Where where, String what, @Nullable FuzzyDate notBefore, @Nullable FuzzyDate from,
			@Nullable FuzzyDate to) {
		problem(where, FactRules.bound(what, notBefore, "validFrom", from));
		problem(where, FactRules.bound(what, notBefore, "validTo", to));
	}

	private void problem(Where where, FactRules.@Nullable Problem problem) {
		if (problem != null) {
			problem(where, problem.message(), problem.hint());
		}
	}

	private void problem(Where where, String message, @Nullable String hint) {
		this.problems.add(where.file(), where.line(), message, hint);
	}

	static String suggest(String wrong, Collection<String> candidates, String otherwise) {
		return FactRules.suggest(wrong, candidates, otherwise);
	}

}
