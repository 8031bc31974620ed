package cymru.atebol.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cymru.atebol.ProjectSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL document in the README and in docs/ is valid against the schema, its
 * variables included, so the documentation keeps up with the contract. A document's
 * variables follow a {@code # variables} line as JSON, or are given in a comment such as
 * {@code # $before: "2026-12-02T07:34:30Z"}. The queries shown with an answer name the
 * day they ask about, so that the answer still holds when "today" has moved on
 * (DocsAnswersIT asks them of the seeded graph; MutationsIT checks what the mutations
 * do).
 */
class DocsExamplesTests {

	private static final Pattern VARIABLE_COMMENT = Pattern.compile("#\\s*\\$(\\w+):\\s*(\"[^\"]*\"|[^\\s,]+)");

	private final GraphQLSchema schema = ProjectSchema.executable();

	private final GraphQL graphQl = GraphQL.newGraphQL(this.schema).build();

	@Test
	void shouldShowOnlyDocumentsTheSchemaAccepts() {
		Map<String, Integer> documents = new LinkedHashMap<>();
		for (DocsPages page : DocsPages.all()) {
			for (String block : page.blocks("graphql")) {
				String[] parts = block.split("# variables\n");
				Map<String, Object> variables = (parts.length > 1) ? json(parts[1]) : commentVariables(parts[0]);
				ExecutionResult result = this.graphQl.execute(input -> input.query(parts[0]).variables(variables));
				List<String> problems = result.getErrors()
					.stream()
					// no data behind the schema here: only the answer's nulls may fail
					.filter(error -> !error.getMessage().contains("non null"))
					.map(GraphQLError::getMessage)
					.toList();
				assertThat(problems).as(page + ":\n" + parts[0]).isEmpty();
				documents.merge(page.toString(), 1, Integer::sum);
			}
		}
		assertThat(documents).containsEntry("README.md", 3)
			.containsEntry("docs/editing.md", 8)
			.containsEntry("docs/api.md", 3)
			.containsEntry("docs/time.md", 5);
	}

	@Test
	void shouldPinEveryAnsweredExampleToADate() {
		Map<String, Integer> answered = new LinkedHashMap<>();
		GraphQLObjectType query = this.schema.getQueryType();
		for (DocsPages page : DocsPages.all()) {
			for (DocsPages.Answered example : page.answered()) {
				OperationDefinition operation = Parser.parse(example.document())
					.getDefinitionsOfType(OperationDefinition.class)
					.get(0);
				for (Field field : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
					boolean takesADate = query.getFieldDefinition(field.getName()).getArgument("asOf") != null;
					// the answer shown holds on one day; "today" moves on
					assertThat(!takesADate || field.getArguments().stream().anyMatch(a -> a.getName().equals("asOf")))
						.as(example + ": " + field.getName() + " without asOf")
						.isTrue();
				}
				answered.merge(page.toString(), 1, Integer::sum);
			}
		}
		assertThat(answered).containsEntry("README.md", 3)
			.containsEntry("docs/api.md", 3)
			.containsEntry("docs/time.md", 5)
			.containsEntry("docs/security-and-limits.md", 1);
	}

	private static Map<String, Object> commentVariables(String document) {
		Map<String, Object> variables = new LinkedHashMap<>();
		Matcher comment = VARIABLE_COMMENT.matcher(document);
		while (comment.find()) {
			variables.put(comment.group(1), new JsonMapper().readValue(comment.group(2), Object.class));
		}
		return variables;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String text) {
		return new JsonMapper().readValue(text, Map.class);
	}

}
