package cymru.atebol.system;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;

/**
 * The service's instrumentations chained for what they do: every one of them works once
 * per request (limits, metrics, the request's observation, the graph version after a
 * mutation), none per field. graphql-java's {@link ChainedInstrumentation} still asks
 * each of them, with its own state, at every field's execution, fetch and completion, and
 * wraps every data fetcher through all of them: about a fifth of the service's CPU on an
 * org chart of a few hundred fields. This chain passes the request-level hooks on and
 * answers the per-field ones as graphql-java's no-op instrumentation does.
 * <p>
 * {@link #of} gives it only when no instrumentation has per-field hooks (judged from the
 * methods its class declares; {@link RequestLevel} marks one whose declared per-field
 * hooks do nothing); otherwise, say with data-fetcher observations switched on, the plain
 * chain.
 */
public final class RequestLevelInstrumentation extends ChainedInstrumentation {

	/**
	 * An instrumentation that declares per-field hooks which leave fields as they are (as
	 * the request observation does with data-fetcher observations off).
	 */
	public interface RequestLevel extends Instrumentation {

	}

	private static final Set<String> PER_FIELD_HOOKS = Set.of("beginExecutionStrategy", "beginExecuteObject",
			"beginDeferredField", "beginSubscribedFieldEvent", "beginFieldExecution", "beginFieldFetch",
			"beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion", "instrumentDataFetcher");

	/** Classes whose per-field hooks are graphql-java's own no-ops. */
	private static final Set<Class<?>> NO_OP_DECLARERS = Set.of(Instrumentation.class,
			SimplePerformantInstrumentation.class);

	private RequestLevelInstrumentation(List<Instrumentation> instrumentations) {
		super(instrumentations);
	}

	/**
	 * The chain of these instrumentations: request-level only when none of them works per
	 * field, graphql-java's full chain otherwise.
	 */
	public static ChainedInstrumentation of(List<Instrumentation> instrumentations) {
		if (instrumentations.stream().anyMatch(RequestLevelInstrumentation::worksPerField)) {
			return new ChainedInstrumentation(instrumentations);
		}
		return new RequestLevelInstrumentation(instrumentations);
	}

	static boolean worksPerField(Instrumentation instrumentation) {
		if (instrumentation instanceof RequestLevel) {
			return false;
		}
		return Arrays.stream(instrumentation.getClass().getMethods())
			.filter((method) -> PER_FIELD_HOOKS.contains(method.getName()))
			.map(Method::getDeclaringClass)
			.anyMatch((declarer) -> !NO_OP_DECLARERS.contains(declarer));
	}

	private static final Instrumentation NO_OP = SimplePerformantInstrumentation.INSTANCE;

	@Override
	public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return NO_OP.beginExecutionStrategy(parameters, state);
	}

	@Override
	public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return NO_OP.beginExecuteObject(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return NO_OP.beginDeferredField(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
			InstrumentationFieldParameters parameters, InstrumentationState state) {
		return NO_OP.beginSubscribedFieldEvent(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return NO_OP.beginFieldExecution(parameters, state);
	}

	@Override
	@SuppressWarnings("deprecation")
	public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return NO_OP.beginFieldFetch(parameters, state);
	}

	@Override
	public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return NO_OP.beginFieldFetching(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		return NO_OP.beginFieldCompletion(parameters, state);
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		return NO_OP.beginFieldListCompletion(parameters, state);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return NO_OP.instrumentDataFetcher(dataFetcher, parameters, state);
	}

}
