package cymru.atebol.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviews the main sources for Cypher built from strings: a Cypher text block or literal
 * that is formatted, concatenated or edited with {@code replace} could carry user input
 * into the query text. Cypher takes values as {@code $parameters} only (STYLE.md); shared
 * fragments and texts that vary (a direction's step, a depth) are put in by
 * {@code Cypher.compose}, from its allow-list of fragments and fixed slot values only.
 */
class CypherIsParameterisedTests {

	private static final Pattern CYPHER = Pattern
		.compile("\\b(MATCH|MERGE|CREATE|RETURN|UNWIND|DETACH|DELETE|REMOVE|CALL|YIELD|SET)\\b");

	private static final Pattern TEXT_BLOCK = Pattern
		.compile("\"\"\"(.*?)\"\"\"(\\s*(\\.formatted\\(|\\.replace(All|First)?\\(|\\+))?", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern
		.compile("(\\+\\s*)?\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*(\\.formatted\\(|\\.replace(All|First)?\\(|\\+))?");

	static List<String> violations(String source) {
		List<String> found = new ArrayList<>();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		while (blocks.find()) {
			if (blocks.group(2) != null && CYPHER.matcher(blocks.group(1)).find()) {
				found.add(blocks.group(1).strip().lines().findFirst().orElse(""));
			}
		}
		String withoutBlocks = TEXT_BLOCK.matcher(source).replaceAll("\"\"");
		Matcher literals = LITERAL.matcher(withoutBlocks);
		while (literals.find()) {
			boolean joined = literals.group(1) != null || literals.group(3) != null;
			if (joined && CYPHER.matcher(literals.group(2)).find()) {
				found.add(literals.group(2));
			}
		}
		return found;
	}

	@Test
	void shouldFindNoCypherBuiltFromStringsInTheMainSources() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				violations(Files.readString(file)).forEach(v -> found.add(file + ": " + v));
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void shouldSpotFormattedOrConcatenatedCypher() {
		assertThat(violations("graph.read(\"\"\"\n MATCH (e {id: '%s'}) RETURN e\n \"\"\".formatted(id), ...)"))
			.containsExactly("MATCH (e {id: '%s'}) RETURN e");
		assertThat(violations("graph.read(\"MATCH (e) WHERE e.name = '\" + name + \"' RETURN e\", ...)")).hasSize(2);
		assertThat(violations("graph.read(\"\"\"\n MATCH (e {id: $id}) RETURN e\n \"\"\", Map.of(\"id\", id))"))
			.isEmpty();
		assertThat(violations("throw new IllegalStateException(\"Run %s first\".formatted(x));")).isEmpty();
		assertThat(violations(
				"String q = \"\"\"\n MATCH (e) WHERE {{kinds}} RETURN e\n \"\"\".replace(\"{{kinds}}\", k);"))
			.containsExactly("MATCH (e) WHERE {{kinds}} RETURN e");
		assertThat(violations("String q = Cypher.compose(\"\"\"\n MATCH (e) WHERE {{exists(e)}} RETURN e\n \"\"\");"))
			.isEmpty();
	}

}
