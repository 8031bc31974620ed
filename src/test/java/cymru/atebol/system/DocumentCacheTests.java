package cymru.atebol.system;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeated valid document is parsed and validated once; an invalid one is never kept.
 */
class DocumentCacheTests {

	private final AtomicInteger parses = new AtomicInteger();

	private final DocumentCache cache = new DocumentCache();

	private final GraphQL graphQl = engine(this.cache);

	private GraphQL engine(DocumentCache documentCache) {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { hello(name: String): String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("hello", env -> "hello " + env.getArgument("name")))
					.build());
		return GraphQL.newGraphQL(schema).instrumentation(new SimplePerformantInstrumentation() {
			@Override
			public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
					InstrumentationState state) {
				DocumentCacheTests.this.parses.incrementAndGet();
				return null;
			}
		}).preparsedDocumentProvider(documentCache).build();
	}

	private ExecutionResult execute(String query, String name) {
		return this.graphQl.execute(b -> b.query(query).variables(java.util.Map.of("name", name)));
	}

	@Test
	void shouldParseARepeatedDocumentOnceWhateverItsVariables() {
		String query = "query($name: String) { hello(name: $name) }";
		assertThat(execute(query, "a").<Object>getData()).hasToString("{hello=hello a}");
		assertThat(execute(query, "b").<Object>getData()).hasToString("{hello=hello b}");
		assertThat(this.parses).hasValue(1);
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void shouldNotKeepAnInvalidDocumentAndReportItsErrorsEveryTime() {
		for (int i = 0; i < 2; i++) {
			ExecutionResult result = execute("{ goodbye }", "a");
			assertThat(result.getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("goodbye"));
			ExecutionResult unparsable = execute("{ hello(", "a");
			assertThat(unparsable.getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType()).hasToString("InvalidSyntax"));
		}
		assertThat(this.parses).hasValue(4);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void shouldKeepADocumentPerOperationName() {
		String query = "query A { hello } query B { b: hello }";
		this.graphQl.execute(b -> b.query(query).operationName("A"));
		this.graphQl.execute(b -> b.query(query).operationName("B"));
		this.graphQl.execute(b -> b.query(query).operationName("A"));
		assertThat(this.parses).hasValue(2);
		assertThat(this.cache.size()).isEqualTo(2);
	}

	@Test
	void shouldStayWithinItsBound() {
		DocumentCache small = new DocumentCache(100);
		GraphQL bounded = engine(small);
		for (int i = 0; i < 20; i++) {
			String alias = "a" + i;
			bounded.execute("{ %s: hello }".formatted(alias));
		}
		assertThat(small.size()).isLessThanOrEqualTo(100 / "{ a10: hello }".length() + 1);
	}

}
