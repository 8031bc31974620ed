package cymru.atebol.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * The small test seed under src/test/resources/seed-fixture, and variants of it with one
 * change.
 */
final class SeedFixture {

	static final String LOCATION = "classpath:seed-fixture/";

	private final List<SeedFile> files;

	private SeedFixture(List<SeedFile> files) {
		this.files = files;
	}

	static SeedFixture valid() {
		return new SeedFixture(SeedFiles.read(LOCATION));
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
