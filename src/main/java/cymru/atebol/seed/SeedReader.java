package cymru.atebol.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

import cymru.atebol.seed.Seed.Citation;
import cymru.atebol.seed.Seed.Where;
import cymru.atebol.seed.SeedYaml.Entry;
import cymru.atebol.seed.SeedYaml.Problems;
import cymru.atebol.seed.Vocabulary.KindInfo;
import cymru.atebol.seed.Vocabulary.RelationTypeInfo;

/**
 * Turns the seed files into a {@link Seed}, reporting every problem of shape (unknown
 * field, missing field, malformed date) with its file and line. Rules that span files are
 * the {@link SeedValidator}'s.
 */
final class SeedReader {

	private static final Set<String> SOURCE_FIELDS = fields("id", "title", "publisher", "date", "url", "file", "tier",
			"note");

	private static final Set<String> ENTITY_FIELDS = fields("id", "kind", "name", "nameCy", "shortName", "aliases",
			"names", "validFrom", "validTo", "notBefore", "description", "codes", "counts", "sources", "note");

	private static final Set<String> NAME_FIELDS = fields("name", "nameCy", "shortName", "validFrom", "validTo",
			"sources", "note");

	private static final Set<String> COUNT_FIELDS = fields("of", "value", "asOf", "sources", "note");

	static final Set<String> CODE_FIELDS = fields("ods", "wikidata", "ons", "cluster");

	private static final Set<String> RELATIONSHIP_FIELDS = fields("id", "from", "type", "to", "validFrom", "validTo",
			"notBefore", "sources", "note");

	private static final Set<String> EVENT_FIELDS = fields("id", "kind", "date", "description", "entities",
			"relationships", "predecessors", "successors", "sources", "note");

	private static final Set<String> CONFLICT_FIELDS = fields("id", "topic", "claims", "resolution", "note");

	private static final Set<String> CLAIM_FIELDS = fields("claim", "date", "sources", "note");

	private static final Set<String> VOCABULARY_FIELDS = fields("kinds", "relationshipTypes");

	private static final Set<String> KIND_FIELDS = fields("kind", "meaning", "label", "labelCy");

	private static final Set<String> TYPE_FIELDS = fields("type", "meaning", "direction", "upward", "dotted", "label",
			"labelCy");

	private final Problems problems;

	/** Field names in the order they are listed in hints. */
	private static Set<String> fields(String... names) {
		return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(names)));
	}

	private final List<Seed.Source> sources = new ArrayList<>();

	private final List<Seed.Entity> entities = new ArrayList<>();

	private final List<Seed.Relationship> relationships = new ArrayList<>();

	private final List<Seed.Event> events = new ArrayList<>();

	/** Every citation read, with where it was, for the validator to resolve. */
	private final List<Located<Citation>> citations = new ArrayList<>();

	private Vocabulary vocabulary = new Vocabulary(List.of(), List.of());

	private boolean vocabularyFound;

	record Located<T>(Where where, T value) {
	}

	/** The seed as read, every citation found, and the problems of shape. */
	record Result(Seed seed, List<Located<Citation>> citations, List<SeedProblem> problems) {
	}

	private SeedReader(Problems problems) {
		this.problems = problems;
	}

	static Result read(List<SeedFile> files) {
		Problems problems = new Problems();
		SeedReader reader = new SeedReader(problems);
		for (SeedFile file : files) {
			reader.readFile(file);
		}
		if (!reader.vocabularyFound) {
			problems.add("vocabulary.yaml", 0, "the vocabulary file is missing",
					"graph-seed/vocabulary.yaml defines the kinds and relationship types");
		}
		Seed seed = new Seed(SeedFiles.hash(files), reader.vocabulary, List.copyOf(reader.sources),
				List.copyOf(reader.entities), reader.withIds(), List.copyOf(reader.events));
		return new Result(seed, List.copyOf(reader.citations), problems.list());
	}

	private void readFile(SeedFile file) {
		String path = file.path();
		Node root = SeedYaml.parse(file, this.problems);
		if (path.equals("vocabulary.yaml")) {
			this.vocabularyFound = true;
			readVocabulary(path, root);
		}
		else if (path.equals("sources.yaml")) {
			SeedYaml.items(root, path, this.problems).forEach(node -> readSource(path, node));
		}
		else if (path.startsWith("entities/")) {
			SeedYaml.items(root, path, this.problems).forEach(node -> readEntity(path, node));
		}
		else if (path.startsWith("relationships/")) {
			SeedYaml.items(root, path, this.problems).forEach(node -> readRelationship(path, node));
		}
		else if (path.equals("events.yaml")) {
			SeedYaml.items(root, path, this.problems).forEach(node -> readEvent(path, node));
		}
		else if (path.equals("conflicts.yaml")) {
			SeedYaml.items(root, path, this.problems).forEach(node -> readConflict(path, node));
		}
		else {
			this.problems.add(path, 0, "not a known seed file",
					"entities go under entities/, relationships under relationships/; the other files are "
							+ "vocabulary.yaml, sources.yaml, events.yaml and conflicts.yaml");
		}
	}

	private void readVocabulary(String path, @Nullable Node root) {
		if (root == null) {
			return;
		}
		Entry vocabulary = new Entry(path, root, VOCABULARY_FIELDS, this.problems);
		List<KindInfo> kinds = new ArrayList<>();
		for (Node node : vocabulary.nodes("kinds")) {
			Entry kind = new Entry(path, node, KIND_FIELDS, this.problems);
			String name = kind.required("kind", "the kind's name in UPPER_SNAKE_CASE");
			String meaning = kind.required("meaning", "one line saying what the kind is");
			String label = kind.required("label", "how the kind is named in English, e.g. 'Health board'");
			String labelCy = kind.required("labelCy", "how the kind is named in Welsh, e.g. 'Bwrdd iechyd'");
			if (name != null && meaning != null && label != null && labelCy != null) {
				kinds.add(new KindInfo(name, meaning, label, labelCy));
			}
		}
		List<RelationTypeInfo> types = new ArrayList<>();
		for (Node node : vocabulary.nodes("relationshipTypes")) {
			Entry type = new Entry(path, node, TYPE_FIELDS, this.problems);
			String name = type.required("type", "the type's name in UPPER_SNAKE_CASE");
			String meaning = type.required("meaning", "one line saying what the type means");
			String direction = type.required("direction", "how the sentence reads from 'from' to 'to'");
			boolean upward = flag(path, type, "upward", "true for accountability and reporting lines, else false");
			boolean dotted = flag(path, type, "dotted",
					"true for a link an org chart draws as a dotted line beside the upward ones, else false");
			String label = type.required("label", "the phrase between two names in English, e.g. 'part of'");
			String labelCy = type.required("labelCy", "the phrase between two names in Welsh, e.g. 'yn rhan o'");
			if (name != null && meaning != null && direction != null && label != null && labelCy != null) {
				types.add(new RelationTypeInfo(name, meaning, direction, upward, dotted, label, labelCy));
			}
		}
		this.vocabulary = new Vocabulary(List.copyOf(kinds), List.copyOf(types));
	}

	/** A required true or false. */
	private boolean flag(String path, Entry entry, String key, String what) {
		String value = entry.required(key, what);
		if (value != null && !value.equals("true") && !value.equals("false")) {
			this.problems.add(path, entry.line(key), "'%s' must be true or false, not '%s'".formatted(key, value),
					null);
		}
		return "true".equals(value);
	}

	private void readSource(String path, Node node) {
		Entry entry = new Entry(path, node, SOURCE_FIELDS, this.problems);
		String id = entry.required("id", "a stable kebab-case id that citations use");
		String title = entry.required("title", "the document's or page's title");
		Integer tier = null;
		String tierText = entry.text("tier");
		if (tierText != null) {
			if (tierText.matches("[123]")) {
				tier = Integer.valueOf(tierText);
			}
			else {
				this.problems.add(path, entry.line("tier"), "'tier' must be 1, 2 or 3, not '" + tierText + "'",
						"1 official, 2 a mirror of official material, 3 other");
			}
		}
		if (id != null && title != null) {
			this.sources.add(new Seed.Source(where(entry), id, title, entry.text("publisher"), entry.text("date"),
					entry.text("url"), entry.text("file"), tier, entry.text("note")));
		}
	}

	private void readEntity(String path, Node node) {
		Entry entry = new Entry(path, node, ENTITY_FIELDS, this.problems);
		String id = entry.required("id", "a stable kebab-case slug, e.g. powys-thb");
		String kind = entry.required("kind", "one of the kinds in vocabulary.yaml");
		String name = entry.required("name", "the current English name");
		List<Seed.Name> names = new ArrayList<>();
		for (Node nameNode : entry.nodes("names")) {
			Entry n = new Entry(path, nameNode, NAME_FIELDS, this.problems);
			String former = n.required("name", "the name as it was");
			List<Citation> cited = citations(n);
			if (former != null) {
				names.add(new Seed.Name(where(n), former, n.text("nameCy"), n.text("shortName"), n.date("validFrom"),
						n.date("validTo"), cited));
			}
		}
		List<Seed.Count> counts = new ArrayList<>();
		for (Node countNode : entry.nodes("counts")) {
			Entry c = new Entry(path, countNode, COUNT_FIELDS, this.problems);
			String of = c.required("of", "the kind counted, e.g. CLUSTER");
			String value = c.required("value", "a whole number");
			List<Citation> cited = citations(c);
			if (value != null && !value.matches("\\d{1,9}")) {
				this.problems.add(path, c.line("value"), "'value' must be a whole number, not '" + value + "'", null);
				value = null;
			}
			if (of != null && value != null) {
				counts.add(new Seed.Count(where(c), of, Long.parseLong(value), c.date("asOf"), c.text("note"), cited));
			}
		}
		List<Citation> cited = citations(entry);
		FuzzyDate validFrom = entry.date("validFrom");
		FuzzyDate validTo = entry.date("validTo");
		FuzzyDate notBefore = entry.date("notBefore");
		Map<String, String> codes = entry.map("codes", CODE_FIELDS);
		if (id != null && kind != null && name != null) {
			this.entities.add(new Seed.Entity(where(entry), id, kind, name, entry.text("nameCy"),
					entry.text("shortName"), entry.texts("aliases"), List.copyOf(names), validFrom, validTo, notBefore,
					entry.text("description"), codes, List.copyOf(counts), cited, entry.text("note")));
		}
	}

	private final List<PendingRelationship> pending = new ArrayList<>();

	private record PendingRelationship(Where where, @Nullable String explicitId, String from, String type, String to,
			@Nullable FuzzyDate validFrom, @Nullable FuzzyDate validTo, @Nullable FuzzyDate notBefore,
			List<Citation> sources, @Nullable String note) {

		String triple() {
			return this.from + ":" + this.type + ":" + this.to;
		}

	}

	private void readRelationship(String path, Node node) {
		Entry entry = new Entry(path, node, RELATIONSHIP_FIELDS, this.problems);
		String from = entry.required("from", "the id of the entity the sentence starts from");
		String type = entry.required("type", "one of the relationship types in vocabulary.yaml");
		String to = entry.required("to", "the id of the entity the sentence ends at");
		List<Citation> cited = citations(entry);
		FuzzyDate validFrom = entry.date("validFrom");
		FuzzyDate validTo = entry.date("validTo");
		FuzzyDate notBefore = entry.date("notBefore");
		if (from != null && type != null && to != null) {
			this.pending.add(new PendingRelationship(where(entry), entry.text("id"), from, type, to, validFrom, validTo,
					notBefore, cited, entry.text("note")));
		}
	}

	/**
	 * Gives every relationship its id: the explicit one, else {@code from:TYPE:to}; when
	 * a triple occurs more than once, the earliest keeps the plain id and later ones get
	 * {@code @validFrom}.
	 */
	private List<Seed.Relationship> withIds() {
		Map<String, List<PendingRelationship>> byTriple = new LinkedHashMap<>();
		this.pending.forEach(p -> byTriple.computeIfAbsent(p.triple(), t -> new ArrayList<>()).add(p));
		Comparator<PendingRelationship> earliestFirst = Comparator.comparing(PendingRelationship::validFrom,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		Map<PendingRelationship, String> ids = new LinkedHashMap<>();
		byTriple.forEach((triple, group) -> {
			List<PendingRelationship> sorted = group.stream().sorted(earliestFirst).toList();
			for (int i = 0; i < sorted.size(); i++) {
				PendingRelationship p = sorted.get(i);
				String implicit = (i == 0 || p.validFrom() == null) ? triple : triple + "@" + p.validFrom();
				ids.put(p, (p.explicitId() != null) ? p.explicitId() : implicit);
			}
		});
		return this.pending.stream()
			.map(p -> new Seed.Relationship(p.where(), ids.get(p), p.from(), p.type(), p.to(), p.validFrom(),
					p.validTo(), p.notBefore(), p.sources(), p.note()))
			.toList();
	}

	private void readEvent(String path, Node node) {
		Entry entry = new Entry(path, node, EVENT_FIELDS, this.problems);
		String id = entry.required("id", "a stable kebab-case id, e.g. 2019-bridgend-boundary-change");
		String kind = entry.required("kind", "ESTABLISHED, DISSOLVED, RENAMED, REPLACED or MOVED");
		String dateText = entry.required("date", "when the change took effect: YYYY, YYYY-MM or YYYY-MM-DD");
		FuzzyDate date = (dateText != null) ? entry.date("date") : null;
		String description = entry.required("description", "one line saying what changed");
		List<Citation> cited = citations(entry);
		if (id != null && kind != null && date != null && description != null) {
			this.events.add(new Seed.Event(where(entry), id, kind, date, description, entry.texts("entities"),
					entry.texts("relationships"), entry.texts("predecessors"), entry.texts("successors"), cited,
					false));
		}
	}

	private void readConflict(String path, Node node) {
		Entry entry = new Entry(path, node, CONFLICT_FIELDS, this.problems);
		entry.required("id", "a stable kebab-case id");
		entry.required("topic", "what the sources disagree about");
		entry.required("resolution", "what the graph records and why");
		List<Node> claims = entry.nodes("claims");
		if (claims.size() < 2 && entry.isMapping()) {
			this.problems.add(path, entry.line(), "a conflict needs at least two claims", null);
		}
		for (Node claimNode : claims) {
			Entry claim = new Entry(path, claimNode, CLAIM_FIELDS, this.problems);
			claim.required("claim", "what this source says");
			claim.date("date");
			citations(claim);
		}
	}

	private List<Citation> citations(Entry entry) {
		List<String> texts = entry.texts("sources");
		if (texts.isEmpty() && entry.isMapping()) {
			this.problems.add(entry.file(), entry.line(), "no sources",
					"every fact cites at least one source: sources: [\"seed-000 § Section heading\"]");
		}
		List<Citation> cited = new ArrayList<>();
		for (String text : texts) {
			Citation citation = Citation.parse(text);
			cited.add(citation);
			this.citations.add(new Located<>(new Where(entry.file(), entry.line("sources")), citation));
		}
		return List.copyOf(cited);
	}

	private static Where where(Entry entry) {
		return new Where(entry.file(), entry.line());
	}

}
