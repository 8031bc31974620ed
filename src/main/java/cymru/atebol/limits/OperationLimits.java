package cymru.atebol.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import cymru.atebol.system.Refusals;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * The depth limit, the size arguments ({@code first}, {@code limit}, {@code depth},
 * {@code maxLength} on whatever field they appear, after variables and schema defaults)
 * and the complexity limit ({@link ListCost}), checked in one walk of the operation
 * before any field is fetched, and refused in that order. Introspection-only operations
 * are exempt from depth and complexity: GraphiQL's schema query nests {@code ofType}
 * deeper than any data query needs, never reaches the database, and graphql-java's
 * good-faith introspection check already bounds it.
 * <p>
 * The verdict is kept per parsed document (the {@link cymru.atebol.system.DocumentCache}
 * hands out the same one for the same text), operation and the values of the variables it
 * can depend on: those given to a size argument or to {@code @skip}/{@code @include}. A
 * client repeating a query with other ids or dates is not walked again.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

	private static final Set<String> SIZE_ARGUMENTS = Set.of("first", "limit", "depth", "maxLength");

	/** Verdicts kept per document: more variants than this start it afresh. */
	private static final int VARIANTS = 256;

	private final QueryLimits limits;

	private final ListCost cost;

	private final List<Bound> bounds;

	private final Cache<Document, Verdicts> documents = Caffeine.newBuilder().weakKeys().maximumSize(4096).build();

	private final AtomicInteger walks = new AtomicInteger();

	OperationLimits(QueryLimits limits) {
		this.limits = limits;
		this.cost = new ListCost(limits);
		this.bounds = List.of(new Bound("first", "page size", limits.maxPageSize(), "atebol.limits.max-page-size"),
				new Bound("limit", "subgraph limit", limits.maxSubgraphLimit(), "atebol.limits.max-subgraph-limit"),
				new Bound("depth", "subgraph depth", limits.maxSubgraphDepth(), "atebol.limits.max-subgraph-depth"),
				new Bound("maxLength", "path length", limits.maxPathLength(), "atebol.limits.max-path-length"));
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Verdicts verdicts = this.documents.get(context.getDocument(), Verdicts::new);
		List<@Nullable Object> key = new ArrayList<>(verdicts.inputs.size() + 1);
		key.add(context.getExecutionInput().getOperationName());
		for (String name : verdicts.inputs) {
			key.add(context.getCoercedVariables().get(name));
		}
		Verdict verdict = verdicts.byInputs.get(key);
		if (verdict == null) {
			verdict = walk(context);
			if (verdicts.byInputs.size() >= VARIANTS) {
				verdicts.byInputs.clear();
			}
			verdicts.byInputs.put(key, verdict);
		}
		if (verdict.refusal() != null) {
			throw Refusals.abort(verdict.refusal());
		}
		return null;
	}

	/**
	 * How many operations were walked so far (for tests: a kept verdict is not walked).
	 */
	int walks() {
		return this.walks.get();
	}

	private Verdict walk(ExecutionContext context) {
		this.walks.incrementAndGet();
		boolean introspection = Operations.introspectionOnly(context.getOperationDefinition(),
				context.getFragmentsByName());
		Walk walk = new Walk();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitDepthFirst(walk);
		int maxDepth = this.limits.maxDepth();
		if (!introspection && walk.depth > maxDepth) {
			return new Verdict(Refusals.limit("Query depth %d exceeds the maximum of %d (atebol.limits.max-depth)."
				.formatted(walk.depth, maxDepth), "atebol.limits.max-depth", maxDepth, walk.depth));
		}
		if (walk.argumentRefusal != null) {
			return new Verdict(walk.argumentRefusal);
		}
		long complexity = walk.complexity.getOrDefault(null, 0L);
		int maximum = this.limits.maxComplexity();
		if (!introspection && complexity > maximum) {
			String actual = (complexity >= this.cost.cap()) ? "over " + this.cost.cap() : String.valueOf(complexity);
			return new Verdict(Refusals.limit(("Query complexity %s exceeds the maximum of %d "
					+ "(atebol.limits.max-complexity): ask for smaller pages (first, limit) or fewer nested lists.")
				.formatted(actual, maximum), "atebol.limits.max-complexity", maximum, complexity));
		}
		return Verdict.ACCEPTED;
	}

	/**
	 * One pass over the fields: depth and size arguments on the way in (pre-order, so the
	 * first offending field is the one named), complexity on the way out (each field's
	 * cost from its children's, as graphql-java's complexity calculator adds them).
	 */
	private final class Walk extends QueryVisitorStub {

		int depth;

		@Nullable GraphQLError argumentRefusal;

		final Map<@Nullable QueryVisitorFieldEnvironment, Long> complexity = new HashMap<>();

		@Override
		public void visitField(QueryVisitorFieldEnvironment field) {
			if (field.getTraverserContext().getPhase() == TraverserContext.Phase.LEAVE) {
				leave(field);
				return;
			}
			this.depth = Math.max(this.depth, pathLength(field));
			if (this.argumentRefusal == null && !field.isTypeNameIntrospectionField()) {
				this.argumentRefusal = checkArguments(field);
			}
		}

		private void leave(QueryVisitorFieldEnvironment field) {
			long children = this.complexity.getOrDefault(field, 0L);
			long value = field.isTypeNameIntrospectionField() ? 0
					: OperationLimits.this.cost.calculate(complexityEnvironment(field), (int) children);
			this.complexity.merge(field.getParentEnvironment(), value, (a, b) -> Math.min(Integer.MAX_VALUE, a + b));
		}

	}

	private static int pathLength(QueryVisitorFieldEnvironment field) {
		int length = 1;
		for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null; parent = parent
			.getParentEnvironment()) {
			length++;
		}
		return length;
	}

	private static FieldComplexityEnvironment complexityEnvironment(QueryVisitorFieldEnvironment field) {
		QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
		return new FieldComplexityEnvironment(field.getField(), field.getFieldDefinition(), field.getFieldsContainer(),
				field.getArguments(), (parent != null) ? complexityEnvironment(parent) : null);
	}

	private @Nullable GraphQLError checkArguments(QueryVisitorFieldEnvironment field) {
		for (Bound bound : this.bounds) {
			if (field.getArguments().get(bound.argument()) instanceof Number number) {
				GraphQLError refusal = bound.check(
						field.getFieldsContainer().getName() + "." + field.getFieldDefinition().getName(),
						number.longValue());
				if (refusal != null) {
					return refusal;
				}
			}
		}
		return null;
	}

	private record Bound(String argument, String what, int maximum, String key) {

		@Nullable GraphQLError check(String coordinate, long value) {
			String call = "%s(%s: %d)".formatted(coordinate, this.argument, value);
			if (value < 0) {
				return Refusals.limit(call + " must not be negative.", this.key, this.maximum, value);
			}
			if (value > this.maximum) {
				return Refusals.limit(
						"%s exceeds the maximum %s of %d (%s).".formatted(call, this.what, this.maximum, this.key),
						this.key, this.maximum, value);
			}
			return null;
		}

	}

	/** A walk's outcome: accepted, or the refusal to answer with. */
	private record Verdict(@Nullable GraphQLError refusal) {

		static final Verdict ACCEPTED = new Verdict(null);

	}

	/**
	 * The verdicts of one document, by operation name and the values of the variables
	 * they depend on.
	 */
	private static final class Verdicts {

		final List<String> inputs;

		final Map<List<@Nullable Object>, Verdict> byInputs = new ConcurrentHashMap<>();

		Verdicts(Document document) {
			Set<String> names = new HashSet<>();
			new NodeTraverser().postOrder(new NodeVisitorStub() {
				@Override
				public TraversalControl visitArgument(Argument argument, TraverserContext<Node> context) {
					if (SIZE_ARGUMENTS.contains(argument.getName()) || inDirective(context)) {
						collect(argument, names);
					}
					return TraversalControl.CONTINUE;
				}
			}, document);
			this.inputs = List.copyOf(names);
		}

		private static boolean inDirective(TraverserContext<Node> context) {
			return context.getParentNode() instanceof Directive;
		}

		private static void collect(Node<?> node, Set<String> names) {
			if (node instanceof VariableReference reference) {
				names.add(reference.getName());
			}
			for (Node<?> child : node.getChildren()) {
				collect(child, names);
			}
		}

	}

}
