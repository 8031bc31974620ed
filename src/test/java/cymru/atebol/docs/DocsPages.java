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

	/**
	 * The read examples shown with their answer: a GraphQL query (no mutation, no
	 * variables) and the fenced block right after it, JSON ({@code {"data": ...}}) or, in
	 * a block without a language, the answer written one line per path.
	 */
	List<Answered> answered() {
		List<Answered> examples = new ArrayList<>();
		List<String[]> blocks = fencedBlocks();
		for (int i = 0; i + 1 < blocks.size(); i++) {
			String document = blocks.get(i)[1];
			String[] next = blocks.get(i + 1);
			boolean query = blocks.get(i)[0].equals("graphql") && !document.contains("mutation")
					&& !document.contains("$");
			boolean answer = (next[0].equals("json")
					&& (next[1].startsWith("{\"data\"") || next[1].startsWith("{\"errors\""))) || next[0].isEmpty();
			if (query && answer) {
				examples.add(new Answered(this, examples.size() + 1, document, next[0], next[1]));
			}
		}
		return examples;
	}

	/** The text without its fenced code blocks (where links and headings are prose). */
	String prose() {
		return FENCE.matcher(this.text).replaceAll("");
	}

	@Override
	public String toString() {
		return this.path.toString();
	}

	/** A query shown with its answer ({@code language}: json, or empty for lines). */
	record Answered(DocsPages page, int number, String document, String language, String answer) {

		@Override
		public String toString() {
			return this.page + " example " + this.number;
		}

	}

}
