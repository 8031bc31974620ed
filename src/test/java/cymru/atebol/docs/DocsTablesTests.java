package cymru.atebol.docs;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.IntValue;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

import cymru.atebol.ProjectSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation's tables of defaults and bounds state what their single sources say:
 * every setting's default is application.yaml's (and every atebol.* setting is listed),
 * every argument default the SDL's, every maximum the configured limit or the code's
 * bound.
 */
class DocsTablesTests {

	private static final Pattern SETTING_ROW = Pattern
		.compile("(?m)^\\| `([a-z][\\w.\\[\\]-]+)` \\| `([A-Z0-9_]+)` \\| ([^|]+) \\|");

	private final Map<String, String> yaml = applicationYaml();

	private final GraphQLSchema schema = ProjectSchema.executable();

	@Test
	void shouldGiveEachSettingTheDefaultAndVariableOfApplicationYaml() {
		List<String> documented = new ArrayList<>();
		for (String page : List.of("docs/configuration.md", "docs/security-and-limits.md")) {
			Matcher row = SETTING_ROW.matcher(DocsPages.read(java.nio.file.Path.of(page)).text());
			while (row.find()) {
				String key = row.group(1);
				String variable = row.group(2);
				String shown = row.group(3).strip();
				documented.add(key);
				String value = this.yaml.get(key);
				Matcher placeholder = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+):(.*)}").matcher(String.valueOf(value));
				if (value != null && placeholder.matches() && placeholder.group(1).matches("[A-Z0-9_]+")) {
					assertThat(variable).as(key).isEqualTo(placeholder.group(1));
					assertThat(shown).as(key)
						.startsWith(placeholder.group(2).isEmpty() ? "*(empty" : "`" + placeholder.group(2) + "`");
					continue;
				}
				assertThat(variable).as(key).isIn(environmentNames(key));
				if (value != null && placeholder.matches()) {
					assertThat(shown).as(key).isEqualTo("`" + placeholder.group(1) + "`");
				}
				else if (value != null) {
					assertThat(shown).as(key).startsWith("`" + value + "`");
				}
			}
		}
		assertThat(documented).containsAll(this.yaml.keySet().stream().filter(k -> k.startsWith("atebol.")).toList());
	}

	@Test
	void shouldGiveEachArgumentTheDefaultOfTheSchemaAndTheMaximumOfItsBound() throws Exception {
		String bounds = section(DocsPages.read(java.nio.file.Path.of("docs/api.md")).text(), "## Bounds");
		String pageSize = this.yaml.get("atebol.limits.max-page-size");
		assertThat(row(bounds, "`entities(first)`")).contains("| " + sdlDefault("Query", "entities", "first") + " |")
			.contains("0.." + pageSize + " |");
		assertThat(row(bounds, "`reports(first)`, `relationships(first)`"))
			.contains("| " + sdlDefault("Entity", "reports", "first") + " |")
			.contains("0.." + pageSize + " |");
		assertThat(sdlDefault("Entity", "relationships", "first")).isEqualTo(sdlDefault("Entity", "reports", "first"));
		assertThat(row(bounds, "`search(first)`")).contains("| " + sdlDefault("Query", "search", "first") + " |")
			.contains("1.." + constant("cymru.atebol.entity.EntityController", "MAX_SEARCH_HITS") + " |");
		assertThat(row(bounds, "`search(text)`"))
			.contains("1.." + constant("cymru.atebol.entity.SearchText", "MAX_LENGTH") + " characters");
		assertThat(row(bounds, "`subgraph(depth)`")).contains("| " + sdlDefault("Query", "subgraph", "depth") + " |")
			.contains("1.." + this.yaml.get("atebol.limits.max-subgraph-depth") + " |");
		assertThat(row(bounds, "`subgraph(limit)`")).contains("| " + sdlDefault("Query", "subgraph", "limit") + " |")
			.contains("1.." + this.yaml.get("atebol.limits.max-subgraph-limit") + " |");
		assertThat(row(bounds, "`paths(maxLength)`")).contains("| " + sdlDefault("Query", "paths", "maxLength") + " |")
			.contains("1.." + this.yaml.get("atebol.limits.max-path-length") + " |");
		String traversal = "cymru.atebol.traversal.TraversalBounds";
		assertThat(row(bounds, "chain route length / routes")).contains(
				constant(traversal, "MAX_ROUTE_LENGTH") + " hops / " + constant(traversal, "MAX_ROUTES") + " routes");
		assertThat(row(bounds, "`paths` returned")).contains("| " + constant(traversal, "MAX_PATHS") + " |");
		assertThat(row(bounds, "`reportsTo`")).contains(
				constant("cymru.atebol.entity.EntityRelationshipsController", "MAX_REPORTS_TO") + " relationships");
	}

	private int sdlDefault(String type, String field, String argument) {
		return ((IntValue) ((GraphQLObjectType) this.schema.getType(type)).getFieldDefinition(field)
			.getArgument(argument)
			.getArgumentDefaultValue()
			.getValue()).getValue().intValueExact();
	}

	private static Object constant(String className, String name) throws ReflectiveOperationException {
		Field field = Class.forName(className).getDeclaredField(name);
		field.setAccessible(true);
		return field.get(null);
	}

	private static String section(String page, String heading) {
		int start = page.indexOf("\n" + heading + "\n");
		assertThat(start).as(heading).isNotNegative();
		int end = page.indexOf("\n## ", start + heading.length());
		return page.substring(start, (end > 0) ? end : page.length());
	}

	private static String row(String table, String label) {
		return table.lines()
			.filter(line -> line.startsWith("| " + label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + label));
	}

	/**
	 * The environment variables Spring Boot binds to a key: dots to underscores, dashes
	 * removed (or, the legacy form, dashes to underscores), upper case.
	 */
	private static List<String> environmentNames(String key) {
		String indexed = key.replace("[n]", "[0]").replace("[", "_").replace("]", "");
		return List.of(indexed.replace(".", "_").replace("-", "").toUpperCase(),
				indexed.replace(".", "_").replace("-", "_").toUpperCase());
	}

	private static Map<String, String> applicationYaml() {
		try {
			Map<String, String> values = new LinkedHashMap<>();
			for (var source : new YamlPropertySourceLoader().load("application",
					new ClassPathResource("application.yaml"))) {
				EnumerablePropertySource<?> properties = (EnumerablePropertySource<?>) source;
				for (String name : properties.getPropertyNames()) {
					values.put(name, String.valueOf(properties.getProperty(name)));
				}
			}
			return values;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
