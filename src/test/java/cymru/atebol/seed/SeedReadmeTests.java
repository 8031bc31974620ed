package cymru.atebol.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * graph-seed/README.md says what the seed holds: its counts, its tables and how the start
 * of each fact is known. These numbers are computed here from the seed files, read with
 * the loader's own reader, so the README cannot drift from the data. When a test fails,
 * its message shows the text the README should have.
 */
class SeedReadmeTests {

	private static final Path README = Path.of("graph-seed", "README.md");

	private static final String TABLE_START = "<!-- dates-known:start -->";

	private static final String TABLE_END = "<!-- dates-known:end -->";

	/**
	 * How the README abbreviates each health board; ordered by id, as the README lists
	 * them.
	 */
	private static final Map<String, String> BOARD_LABELS = new TreeMap<>(Map.of("aneurin-bevan-uhb", "AB",
			"betsi-cadwaladr-uhb", "BCU", "cardiff-and-vale-uhb", "C&V", "cwm-taf-morgannwg-uhb", "CTM",
			"hywel-dda-uhb", "HD", "powys-thb", "PTHB", "swansea-bay-uhb", "SB"));

	private final Seed seed = SeedLoader.validated("file:graph-seed/");

	private final Map<String, Seed.Entity> entitiesById = this.seed.entities()
		.stream()
		.collect(Collectors.toMap(Seed.Entity::id, Function.identity()));

	private final EvidenceDates evidence = EvidenceDates.of(this.seed.sources());

	/** How the start of a fact is known, strongest first. */
	enum Basis {

		SOURCED("sourced: its own `validFrom`"), BOUNDED("bounded: its own `notBefore`"),
		BOUNDED_BY_ENDS("bounded by its ends: an end has a `validFrom` or `notBefore`"),
		EVIDENCED("evidenced only: the earliest date of a cited source"), UNKNOWN("unknown");

		final String label;

		Basis(String label) {
			this.label = label;
		}

	}

	@Test
	void shouldShowTheTableOfHowStartsAreKnown() throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf(TABLE_START);
		int end = readme.indexOf(TABLE_END);
		assertThat(start).as("README marker " + TABLE_START).isNotNegative();
		assertThat(end).as("README marker " + TABLE_END).isGreaterThan(start);
		String shown = readme.substring(start + TABLE_START.length(), end).strip();
		assertThat(shown).as("graph-seed/README.md table between the dates-known markers").isEqualTo(datesKnownTable());
	}

	@Test
	void shouldBoundTheStartOfAtLeastNineInTenRelationships() {
		Map<Basis, Long> relationships = count(this.seed.relationships(), this::basis);
		long bounded = relationships.get(Basis.SOURCED) + relationships.get(Basis.BOUNDED)
				+ relationships.get(Basis.BOUNDED_BY_ENDS);
		assertThat(bounded * 10).isGreaterThanOrEqualTo(this.seed.relationships().size() * 9L);
	}

	@Test
	void shouldGiveTheSeedsSizeAtAGlance() throws IOException {
		Map<Integer, Long> tiers = this.seed.sources()
			.stream()
			.filter(s -> s.tier() != null)
			.collect(Collectors.groupingBy(Seed.Source::tier, TreeMap::new, Collectors.counting()));
		long conflicts = Files.readAllLines(Path.of("graph-seed", "conflicts.yaml"))
			.stream()
			.filter(line -> line.startsWith("- id: "))
			.count();
		String expected = "At a glance: %d entities, %d relationships, %d sources (%d tier 1, %d tier 2, %d tier 3,\ncounting the seeds), %d change events, %d recorded conflicts."
			.formatted(this.seed.entities().size(), this.seed.relationships().size(), this.seed.sources().size(),
					tiers.getOrDefault(1, 0L), tiers.getOrDefault(2, 0L), tiers.getOrDefault(3, 0L),
					this.seed.events().size(), conflicts);
		assertThat(Files.readString(README)).contains(expected);
	}

	@Test
	void shouldCountTheRowsOfEveryFileInTheFileTable() throws IOException {
		Map<String, Long> rows = new TreeMap<>();
		this.seed.entities().forEach(e -> rows.merge(e.where().file(), 1L, Long::sum));
		this.seed.relationships().forEach(r -> rows.merge(r.where().file(), 1L, Long::sum));
		Map<String, Long> shown = tableColumn(
				Pattern.compile("^\\| `((?:entities|relationships)/[^`]+)` \\| (\\d+) \\|"));
		assertThat(shown).as("rows per file in graph-seed/README.md").isEqualTo(rows);
	}

	@Test
	void shouldCountEveryKindAndTypeInTheVocabularyTables() throws IOException {
		Map<String, Long> kinds = new TreeMap<>();
		this.seed.vocabulary().kinds().forEach(k -> kinds.put(k.kind(), 0L));
		this.seed.entities().forEach(e -> kinds.merge(e.kind(), 1L, Long::sum));
		Map<String, Long> types = new TreeMap<>();
		this.seed.vocabulary().relationTypes().forEach(t -> types.put(t.type(), 0L));
		this.seed.relationships().forEach(r -> types.merge(r.type(), 1L, Long::sum));
		assertThat(tableColumn(Pattern.compile("^\\| `([A-Z_]+)` \\| [^|]+ \\| (\\d+) \\|$")))
			.as("entities per kind in graph-seed/README.md")
			.isEqualTo(kinds);
		assertThat(tableColumn(Pattern.compile("^\\| `([A-Z_]+)` \\| [^|]+ \\| [^|]+ \\| (?:yes|no) \\| (\\d+) \\|$")))
			.as("relationships per type in graph-seed/README.md")
			.isEqualTo(types);
	}

	@Test
	void shouldNameNoMoreClustersForAHealthBoardThanItsMapCountsAndSayHowManyAreUnnamed() throws IOException {
		// the 2021 Primary Care One map counts each health board's clusters; the seed
		// names those a source names and leaves the rest as counts
		Map<String, Long> counted = new TreeMap<>();
		this.seed.entities()
			.stream()
			.filter(e -> e.kind().equals("HEALTH_BOARD"))
			.forEach(board -> board.counts()
				.stream()
				.filter(c -> c.of().equals("CLUSTER") && c.asOf() != null && c.asOf().text().equals("2021"))
				.forEach(c -> counted.put(board.id(), c.value())));
		Map<String, Long> named = this.seed.relationships()
			.stream()
			.filter(r -> r.type().equals("PART_OF") && r.validTo() == null
					&& this.entitiesById.get(r.from()).kind().equals("CLUSTER")
					&& this.entitiesById.get(r.to()).kind().equals("HEALTH_BOARD"))
			.collect(Collectors.groupingBy(Seed.Relationship::to, TreeMap::new, Collectors.counting()));
		assertThat(counted).as("health boards with a 2021 cluster count").hasSize(7);
		assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).as("clusters in the 2021 map")
			.isEqualTo(60);
		counted.forEach((board, count) -> assertThat(named.getOrDefault(board, 0L)).as("named clusters of " + board)
			.isLessThanOrEqualTo(count));
		long clusters = this.seed.entities().stream().filter(e -> e.kind().equals("CLUSTER")).count();
		assertThat(named.values().stream().mapToLong(Long::longValue).sum()).as("clusters part of a health board today")
			.isEqualTo(clusters);
		List<String> unnamed = new ArrayList<>();
		BOARD_LABELS.forEach((board, label) -> {
			long missing = counted.get(board) - named.getOrDefault(board, 0L);
			if (missing > 0) {
				unnamed.add(label + " " + missing);
			}
		});
		String expected = unnamed.isEmpty()
				? "%d clusters are named: every cluster of the 2021 map.".formatted(clusters)
				: "%d clusters are named; the %d others (%s) are only counted.".formatted(clusters, 60 - clusters,
						String.join(", ", unnamed));
		assertThat(Files.readString(README).replaceAll("\\s+", " ")).contains(expected);
	}

	/** The README's table of how starts are known, as it should read. */
	String datesKnownTable() {
		Map<Basis, Long> entities = count(this.seed.entities(), this::basis);
		Map<Basis, Long> relationships = count(this.seed.relationships(), this::basis);
		int entityTotal = this.seed.entities().size();
		int relationshipTotal = this.seed.relationships().size();
		List<String> lines = new ArrayList<>();
		lines.add("| how the start is known | entities | % | relationships | % |");
		lines.add("| --- | ---: | ---: | ---: | ---: |");
		for (Basis basis : Basis.values()) {
			String entityCells = (basis == Basis.BOUNDED_BY_ENDS) ? "- | -"
					: entities.get(basis) + " | " + percent(entities.get(basis), entityTotal);
			lines.add("| %s | %s | %d | %s |".formatted(basis.label, entityCells, relationships.get(basis),
					percent(relationships.get(basis), relationshipTotal)));
		}
		lines.add("| total | %d | 100%% | %d | 100%% |".formatted(entityTotal, relationshipTotal));
		long bounded = relationships.get(Basis.SOURCED) + relationships.get(Basis.BOUNDED)
				+ relationships.get(Basis.BOUNDED_BY_ENDS);
		lines.add("");
		lines.add("Relationships whose start is sourced or bounded: %d of %d (%s).".formatted(bounded,
				relationshipTotal, percent(bounded, relationshipTotal)));
		return String.join("\n", lines);
	}

	private Basis basis(Seed.Entity entity) {
		if (entity.validFrom() != null) {
			return Basis.SOURCED;
		}
		if (entity.notBefore() != null) {
			return Basis.BOUNDED;
		}
		return evidenced(entity.sources());
	}

	private Basis basis(Seed.Relationship relationship) {
		if (relationship.validFrom() != null) {
			return Basis.SOURCED;
		}
		if (relationship.notBefore() != null) {
			return Basis.BOUNDED;
		}
		if (hasStart(this.entitiesById.get(relationship.from()))
				|| hasStart(this.entitiesById.get(relationship.to()))) {
			return Basis.BOUNDED_BY_ENDS;
		}
		return evidenced(relationship.sources());
	}

	private static boolean hasStart(Seed.Entity entity) {
		return entity.validFrom() != null || entity.notBefore() != null;
	}

	private Basis evidenced(List<Seed.Citation> citations) {
		return (this.evidence.earliest(citations) != null) ? Basis.EVIDENCED : Basis.UNKNOWN;
	}

	private static <T> Map<Basis, Long> count(List<T> facts, Function<T, Basis> basis) {
		Map<Basis, Long> counts = new EnumMap<>(Basis.class);
		for (Basis b : Basis.values()) {
			counts.put(b, 0L);
		}
		facts.stream().map(basis).filter(Objects::nonNull).forEach(b -> counts.merge(b, 1L, Long::sum));
		return counts;
	}

	private static String percent(long part, long whole) {
		return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}

	private static Map<String, Long> tableColumn(Pattern row) throws IOException {
		Map<String, Long> values = new TreeMap<>();
		for (String line : Files.readAllLines(README)) {
			Matcher matcher = row.matcher(line);
			if (matcher.find()) {
				values.put(matcher.group(1), Long.parseLong(matcher.group(2)));
			}
		}
		return values;
	}

}
