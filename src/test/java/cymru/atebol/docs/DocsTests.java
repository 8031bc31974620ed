package cymru.atebol.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README is a front door a newcomer can read (short, no talk of how the work was
 * asked for), and every relative link in it and in docs/ leads somewhere: to a file or
 * folder that exists and, with a {@code #fragment}, to a heading in it.
 */
class DocsTests {

	/**
	 * Pages other parts of the project write; linked from the README before they exist on
	 * every branch.
	 */
	private static final Set<String> WRITTEN_ELSEWHERE = Set.of("docs/operations.md", "docs/caching.md",
			"docs/research.md");

	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *#*$");

	@Test
	void shouldKeepTheReadmeShort() throws Exception {
		assertThat(Files.size(Path.of("README.md"))).isLessThanOrEqualTo(16_000);
	}

	@Test
	void shouldSpeakOfTheProductOnly() {
		Pattern talk = Pattern.compile("(?i)issue [0-9]|the peer|as the issue");
		for (DocsPages page : DocsPages.all()) {
			assertThat(talk.matcher(page.text()).results().map(java.util.regex.MatchResult::group).toList())
				.as(page.toString())
				.isEmpty();
		}
	}

	@Test
	void shouldLinkOnlyToFilesAndHeadingsThatExist() {
		List<String> broken = new ArrayList<>();
		for (DocsPages page : DocsPages.all()) {
			Matcher link = LINK.matcher(page.prose());
			while (link.find()) {
				String target = link.group(1);
				if (target.matches("^[a-z]+:.*")) {
					continue;
				}
				String problem = problem(page.path(), target);
				if (problem != null) {
					broken.add(page + ": " + target + " (" + problem + ")");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void shouldFindHeadingsAsGitHubNamesThem() {
		assertThat(anchors("## `asOf`: the graph on a day\n## Running on an external Neo4j, a cluster or Aura\n"))
			.containsExactlyInAnyOrder("asof-the-graph-on-a-day", "running-on-an-external-neo4j-a-cluster-or-aura");
	}

	private static String problem(Path page, String target) {
		int hash = target.indexOf('#');
		String file = (hash >= 0) ? target.substring(0, hash) : target;
		String fragment = (hash >= 0) ? target.substring(hash + 1) : null;
		Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
		String relative = Path.of("").toAbsolutePath().relativize(resolved.toAbsolutePath()).toString();
		if (!Files.exists(resolved)) {
			return WRITTEN_ELSEWHERE.contains(relative) ? null : "no such file";
		}
		if (fragment == null) {
			return null;
		}
		return anchors(DocsPages.read(resolved).prose()).contains(fragment) ? null : "no such heading";
	}

	/** The anchors GitHub gives a page's headings (repeated ones get -1, -2...). */
	static Set<String> anchors(String markdown) {
		Set<String> anchors = new HashSet<>();
		Matcher heading = HEADING.matcher(markdown);
		while (heading.find()) {
			String text = Normalizer.normalize(heading.group(1), Normalizer.Form.NFC)
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N} _-]", "")
				.replace(' ', '-');
			String anchor = text;
			for (int i = 1; !anchors.add(anchor); i++) {
				anchor = text + "-" + i;
			}
		}
		return anchors;
	}

}
