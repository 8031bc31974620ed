package cymru.atebol.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import cymru.atebol.ProjectSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests of the README's "Editing" section are valid against the schema, variables
 * included, so the documentation keeps up with the contract (the answers shown were taken
 * from a running service; MutationsIT checks the behaviour).
 */
class ReadmeEditingExamplesTests {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL);

	@Test
	void shouldShowRequestsTheSchemaAccepts() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String section = readme.substring(readme.indexOf("\n## Editing\n"),
				readme.indexOf("\n## Security and limits\n"));
		GraphQL graphQl = GraphQL.newGraphQL(ProjectSchema.executable()).build();
		List<String> documents = new ArrayList<>();
		Matcher blocks = GRAPHQL_BLOCK.matcher(section);
		while (blocks.find()) {
			String[] parts = blocks.group(1).split("# variables\n");
			Map<String, Object> variables = (parts.length > 1) ? variables(parts[1])
					: Map.of("before", "2026-12-02T07:34:30Z");
			ExecutionResult result = graphQl.execute(input -> input.query(parts[0]).variables(variables));
			List<String> problems = result.getErrors()
				.stream()
				.filter(error -> !error.getMessage().contains("non null"))
				.map(GraphQLError::getMessage)
				.toList();
			assertThat(problems).as(parts[0]).isEmpty();
			documents.add(parts[0]);
		}
		assertThat(documents).hasSize(8);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> variables(String json) {
		return new JsonMapper().readValue(json, Map.class);
	}

}
