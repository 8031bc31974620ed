package cymru.atebol.seed;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read as a tree of text with line numbers: every scalar stays the text written (a
 * date is never turned into a timestamp, {@code 2018} never into a number), and every
 * value knows its line, so each problem can name the file and line.
 */
final class SeedYaml {

	private SeedYaml() {
	}

	/**
	 * Parses a file; a syntax error becomes a problem with its line and yields
	 * {@code null}.
	 */
	static @Nullable Node parse(SeedFile file, Problems problems) {
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setCodePointLimit(16 * 1024 * 1024);
			return new Yaml(options).compose(new StringReader(file.content()));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			problems.add(file.path(), line, "not valid YAML: " + ex.getProblem(),
					"check the indentation and quote values that contain ': ' or start with a special character");
			return null;
		}
	}

	static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	/** The items of a top-level list, or a problem if the file is not a list. */
	static List<Node> items(@Nullable Node root, String file, Problems problems) {
		if (root == null) {
			return List.of();
		}
		if (root instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		problems.add(file, line(root), "the file must be a list of entries (each starting with '- ')", null);
		return List.of();
	}

	/** A mapping (one entry of a list, or a nested map) read with its allowed keys. */
	static final class Entry {

		private final String file;

		private final Node node;

		private final Problems problems;

		private final Map<String, Node> values = new LinkedHashMap<>();

		Entry(String file, Node node, Set<String> allowed, Problems problems) {
			this.file = file;
			this.node = node;
			this.problems = problems;
			if (!(node instanceof MappingNode mapping)) {
				problems.add(file, SeedYaml.line(node),
						"expected an entry with named fields (key: value), found " + describe(node), null);
				return;
			}
			for (NodeTuple tuple : mapping.getValue()) {
				String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "?";
				if (!allowed.contains(key)) {
					problems.add(file, SeedYaml.line(tuple.getKeyNode()), "unknown field '" + key + "'",
							"allowed here: " + String.join(", ", allowed));
					continue;
				}
				this.values.put(key, tuple.getValueNode());
			}
		}

		String file() {
			return this.file;
		}

		int line() {
			return SeedYaml.line(this.node);
		}

		int line(String key) {
			Node value = this.values.get(key);
			return (value != null) ? SeedYaml.line(value) : line();
		}

		boolean isMapping() {
			return this.node instanceof MappingNode;
		}

		/** The text of a scalar field; blank counts as absent. */
		@Nullable String text(String key) {
			Node value = this.values.get(key);
			if (value == null) {
				return null;
			}
			if (!(value instanceof ScalarNode scalar)) {
				this.problems.add(this.file, SeedYaml.line(value),
						"'" + key + "' must be a single value, found " + describe(value), null);
				return null;
			}
			String text = scalar.getValue().strip();
			return (text.isEmpty() || text.equals("~") || text.equals("null")) ? null : text;
		}

		/** A required text field; reports a problem when absent. */
		@Nullable String required(String key, String what) {
			String text = text(key);
			if (text == null && isMapping()) {
				this.problems.add(this.file, line(), "missing '" + key + "'", what);
			}
			return text;
		}

		@Nullable FuzzyDate date(String key) {
			String text = text(key);
			if (text == null) {
				return null;
			}
			FactRules.Problem problem = FactRules.date(key, text);
			if (problem != null) {
				this.problems.add(this.file, line(key), problem.message(), problem.hint());
			}
			return FuzzyDate.parse(text);
		}

		/** A list of texts: a YAML list, or a single value taken as a list of one. */
		List<String> texts(String key) {
			Node value = this.values.get(key);
			if (value == null) {
				return List.of();
			}
			if (value instanceof ScalarNode scalar) {
				String text = scalar.getValue().strip();
				return text.isEmpty() ? List.of() : List.of(text);
			}
			List<String> texts = new ArrayList<>();
			if (value instanceof SequenceNode sequence) {
				for (Node item : sequence.getValue()) {
					if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
						texts.add(scalar.getValue().strip());
					}
					else {
						this.problems.add(this.file, SeedYaml.line(item),
								"'" + key + "' must list plain values, found " + describe(item), null);
					}
				}
				return texts;
			}
			this.problems.add(this.file, SeedYaml.line(value), "'" + key + "' must be a list", null);
			return texts;
		}

		/** The nested entries of a list field. */
		List<Node> nodes(String key) {
			Node value = this.values.get(key);
			if (value == null) {
				return List.of();
			}
			if (value instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			this.problems.add(this.file, SeedYaml.line(value), "'" + key + "' must be a list of entries", null);
			return List.of();
		}

		/** A nested map field (e.g. codes) as key to text. */
		Map<String, String> map(String key, Set<String> allowed) {
			Node value = this.values.get(key);
			if (value == null) {
				return Map.of();
			}
			Entry nested = new Entry(this.file, value, allowed, this.problems);
			Map<String, String> texts = new LinkedHashMap<>();
			for (String name : nested.values.keySet()) {
				String text = nested.text(name);
				if (text != null) {
					texts.put(name, text);
				}
			}
			return texts;
		}

		private static String describe(Node node) {
			return switch (node) {
				case MappingNode m -> "a map";
				case SequenceNode s -> "a list";
				case ScalarNode s -> "'" + s.getValue() + "'";
				default -> "something else";
			};
		}

	}

	/** Collects problems as they are found, so one run reports all of them. */
	static final class Problems {

		private final List<SeedProblem> list = new ArrayList<>();

		void add(String file, int line, String message, @Nullable String hint) {
			this.list.add(new SeedProblem(file, line, message, hint));
		}

		List<SeedProblem> list() {
			return List.copyOf(this.list);
		}

		boolean isEmpty() {
			return this.list.isEmpty();
		}

	}

}
