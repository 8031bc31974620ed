package cymru.atebol.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;

import cymru.atebol.system.DocumentCache;
import cymru.atebol.ProjectSchema;

/**
 * The real SDL ({@code schema/*.graphqls}) in a bare graphql-java engine with the limit
 * instrumentations and a data fetcher that only counts its calls: a refused query must
 * leave the count at zero.
 */
final class SchemaUnderTest {

	final AtomicInteger fetches = new AtomicInteger();

	private final GraphQL graphQl;

	final OperationLimits operationLimits;

	SchemaUnderTest(QueryLimits limits, Instrumentation... extra) {
		TypeDefinitionRegistry registry = ProjectSchema.types();
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.DateTime)
			.type("Node", type -> type.typeResolver(env -> null))
			.codeRegistry(GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(env -> env2 -> {
				this.fetches.incrementAndGet();
				return null;
			}))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring);
		this.operationLimits = new OperationLimits(limits);
		List<Instrumentation> instrumentations = new java.util.ArrayList<>(
				List.of(new FieldCountLimit(limits), this.operationLimits));
		instrumentations.addAll(List.of(extra));
		// with the service's document cache, so the limits are tested as they run there:
		// a repeated
		// document is not parsed or validated again
		this.graphQl = GraphQL.newGraphQL(schema)
			.instrumentation(new ChainedInstrumentation(instrumentations))
			.preparsedDocumentProvider(new DocumentCache())
			.build();
	}

	ExecutionResult execute(String document) {
		return execute(document, Map.of());
	}

	ExecutionResult execute(String document, Map<String, Object> variables) {
		return this.graphQl.execute(b -> b.query(document).variables(variables));
	}

	ExecutionResult execute(String document, String operationName) {
		return this.graphQl.execute(b -> b.query(document).operationName(operationName));
	}

	/** The refusals among the errors: those naming a limit in their extensions. */
	static List<GraphQLError> refusals(ExecutionResult result) {
		return result.getErrors()
			.stream()
			.filter(e -> e.getExtensions() != null && e.getExtensions().containsKey("limit"))
			.toList();
	}

	static QueryLimits defaults() {
		return new QueryLimits(12, 10000, 100, 6, 500, 8, org.springframework.util.unit.DataSize.ofKilobytes(16),
				org.springframework.util.unit.DataSize.ofKilobytes(64), java.time.Duration.ofSeconds(10));
	}

}
