package cymru.atebol.seed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The one test graph, src/test/resources/seed-fixture (seed files, loaded by the
 * service's own seed loader), and variants of it with one change. Whole-service tests
 * load it with {@link #loadWithCorrection}; the loader's tests load variants.
 */
public final class SeedFixture {

	static final String LOCATION = "classpath:seed-fixture/";

	/** When the fixture was first loaded. */
	public static final OffsetDateTime SEEDED_AT = OffsetDateTime.parse("2026-01-10T09:00:00Z");

	/**
	 * When the correction was loaded: it retracted {@link #MISTAKE} and added the
	 * correction files (the Primary Care Reference Group and what it advises).
	 */
	public static final OffsetDateTime CORRECTED_AT = OffsetDateTime.parse("2026-06-01T12:00:00Z");

	/** A relationship recorded by mistake at the first load. */
	static final String MISTAKE = """
			- from: cwmtawe-cluster
			  type: PART_OF
			  to: cwm-taf-morgannwg-uhb
			  sources: [seed-000]
			""";

	private final List<SeedFile> files;

	private SeedFixture(List<SeedFile> files) {
		this.files = files;
	}

	static SeedFixture valid() {
		return new SeedFixture(SeedFiles.read(LOCATION));
	}

	/**
	 * Loads the fixture as it was first recorded, then as corrected, each at its own
	 * record time, so that {@code recordedAsOf} has a history to show.
	 */
	public static void loadWithCorrection(SeedLoader loader) {
		SeedFixture first = valid().without("entities/correction.yaml")
			.without("relationships/correction.yaml")
			.append("relationships/governance.yaml", MISTAKE);
		loader.load(first.files(), true, SEEDED_AT.toZonedDateTime());
		loader.load(valid().files(), true, CORRECTED_AT.toZonedDateTime());
	}

	/**
	 * The same seed with one text of one file replaced; fails if the text is not there.
	 */
	SeedFixture replace(String path, String text, String replacement) {
		List<SeedFile> changed = new ArrayList<>();
		for (SeedFile file : this.files) {
			if (file.path().equals(path)) {
				if (!file.content().contains(text)) {
					throw new IllegalArgumentException(path + " does not contain: " + text);
				}
				changed.add(new SeedFile(path, file.content().replace(text, replacement)));
			}
			else {
				changed.add(file);
			}
		}
		return new SeedFixture(changed);
	}

	/** The same seed with text added at the end of a file (or a new file). */
	SeedFixture append(String path, String text) {
		List<SeedFile> changed = new ArrayList<>(this.files.stream().filter(f -> !f.path().equals(path)).toList());
		String before = this.files.stream()
			.filter(f -> f.path().equals(path))
			.map(SeedFile::content)
			.findFirst()
			.orElse("");
		changed.add(new SeedFile(path, before + text));
		return new SeedFixture(changed);
	}

	/** The same seed without one file; fails if there is no such file. */
	SeedFixture without(String path) {
		if (this.files.stream().noneMatch(f -> f.path().equals(path))) {
			throw new IllegalArgumentException("no file " + path);
		}
		return new SeedFixture(this.files.stream().filter(f -> !f.path().equals(path)).toList());
	}

	List<SeedFile> files() {
		return this.files;
	}

	List<SeedProblem> problems() {
		SeedReader.Result read = SeedReader.read(this.files);
		List<SeedProblem> problems = new ArrayList<>(read.problems());
		problems.addAll(SeedValidator.validate(read.seed(), read.citations()));
		return problems;
	}

	Seed seed() {
		return SeedReader.read(this.files).seed();
	}

}
