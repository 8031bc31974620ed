package cymru.atebol.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain that leaves fields alone: request-level hooks still run, once per request;
 * per-field hooks only when some instrumentation has them.
 */
class RequestLevelInstrumentationTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { items: [Item] } type Item { name: String }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query",
						(type) -> type.dataFetcher("items", (env) -> List.of(Map.of("name", "a"), Map.of("name", "b"))))
				.build());

	@Test
	void shouldRunRequestLevelHooksOnceAndLeaveFieldsAloneWhenNoInstrumentationWorksPerField() {
		CountingOperations limits = new CountingOperations();
		CountingOperations metrics = new CountingOperations();

		ChainedInstrumentation chain = RequestLevelInstrumentation.of(List.of(limits, metrics));
		ExecutionResult result = execute(chain, "{ items { name } }");

		assertThat(chain).isInstanceOf(RequestLevelInstrumentation.class);
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData())
			.isEqualTo(Map.of("items", List.of(Map.of("name", "a"), Map.of("name", "b"))));
		assertThat(limits.operations).hasValue(1);
		assertThat(limits.results).hasValue(1);
		assertThat(metrics.operations).hasValue(1);
		assertThat(metrics.results).hasValue(1);
	}

	@Test
	void shouldLetARequestLevelHookStopTheRequest() {
		Instrumentation refusing = new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				throw new graphql.execution.AbortExecutionException("too deep");
			}
		};

		ExecutionResult result = execute(RequestLevelInstrumentation.of(List.of(new CountingOperations(), refusing)),
				"{ items { name } }");

		assertThat(result.getErrors()).singleElement()
			.satisfies((e) -> assertThat(e.getMessage()).isEqualTo("too deep"));
		assertThat(result.<Object>getData()).isNull();
	}

	@Test
	void shouldKeepEveryHookWhenOneInstrumentationWorksPerField() {
		CountingOperations metrics = new CountingOperations();
		CountingFetches fetches = new CountingFetches();

		ChainedInstrumentation chain = RequestLevelInstrumentation.of(List.of(metrics, fetches));
		execute(chain, "{ items { name } }");

		assertThat(chain).isNotInstanceOf(RequestLevelInstrumentation.class);
		// items, then name on each of the two items
		assertThat(fetches.fetches).hasValue(3);
		assertThat(metrics.operations).hasValue(1);
	}

	@Test
	void shouldTakeAnInstrumentationMarkedRequestLevelAtItsWord() {
		assertThat(RequestLevelInstrumentation.worksPerField(new CountingFetches())).isTrue();
		assertThat(RequestLevelInstrumentation.worksPerField(new PassThroughFetches())).isFalse();
		assertThat(RequestLevelInstrumentation.worksPerField(new CountingOperations())).isFalse();
		assertThat(RequestLevelInstrumentation.worksPerField(new Instrumentation() {
		})).isFalse();
	}

	private static ExecutionResult execute(Instrumentation instrumentation, String query) {
		return GraphQL.newGraphQL(SCHEMA).instrumentation(instrumentation).build().execute(query);
	}

	/**
	 * Counts operations and results, as the limits and the metrics work: once a request.
	 */
	static class CountingOperations extends SimplePerformantInstrumentation {

		final AtomicInteger operations = new AtomicInteger();

		final AtomicInteger results = new AtomicInteger();

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			this.operations.incrementAndGet();
			return null;
		}

		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			this.results.incrementAndGet();
			return CompletableFuture.completedFuture(result);
		}

	}

	/** Works per field: counts every fetch. */
	static class CountingFetches extends SimplePerformantInstrumentation {

		final AtomicInteger fetches = new AtomicInteger();

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			this.fetches.incrementAndGet();
			return null;
		}

	}

	/** Declares a per-field hook that changes nothing, and says so. */
	static class PassThroughFetches extends SimplePerformantInstrumentation
			implements RequestLevelInstrumentation.RequestLevel {

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return dataFetcher;
		}

	}

}
