package cymru.atebol.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's documentation: README.md and every page under docs/, as text. */
record DocsPages(Path path, String text) {

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");

	static List<DocsPages> all() {
		List<DocsPages> pages = new ArrayList<>();
		pages.add(read(Path.of("README.md")));
		try (Stream<Path> files = Files.list(Path.of("docs"))) {
			files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(f -> pages.add(read(f)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

	static DocsPages read(Path path) {
		try {
			return new DocsPages(path, Files.readString(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fenced code blocks of one language, in order. */
	List<String> blocks(String language) {
		List<String> blocks = new ArrayList<>();
		Matcher fence = FENCE.matcher(this.text);
		while (fence.find()) {
			if (fence.group(1).equals(language)) {
				blocks.add(fence.group(2));
			}
		}
		return blocks;
	}

	/** Every fenced block with its language, in order. */
	List<String[]> fencedBlocks() {
		List<String[]> blocks = new ArrayList<>();
		Matcher fence = FENCE.matcher(this.text);
		while (fence.find()) {
			blocks.add(new String[] { fence.group(1), fence.group(2) });
		}
		return blocks;
	}

	/** The text without its fenced code blocks (where links and headings are prose). */
	String prose() {
		return FENCE.matcher(this.text).replaceAll("");
	}

	@Override
	public String toString() {
		return this.path.toString();
	}

}
