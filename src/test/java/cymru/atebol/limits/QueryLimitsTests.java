package cymru.atebol.limits;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on the real SDL, in graphql-java itself: what is refused, with which
 * message, and that nothing ran.
 */
class QueryLimitsTests {

	private final SchemaUnderTest schema = new SchemaUnderTest(SchemaUnderTest.defaults());

	private GraphQLError refusal(ExecutionResult result) {
		assertThat(SchemaUnderTest.refusals(result)).as("refusals in %s", result.getErrors()).hasSize(1);
		GraphQLError error = SchemaUnderTest.refusals(result).get(0);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.toSpecification()).extractingByKey("extensions")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("classification", "BAD_REQUEST");
		assertThat(this.schema.fetches).as("fields fetched").hasValue(0);
		assertThat(result.getData() == null || ((Map<?, ?>) result.getData()).isEmpty()).isTrue();
		return error;
	}

	private void accepted(ExecutionResult result) {
		assertThat(SchemaUnderTest.refusals(result)).as("refusals in %s", result.getErrors()).isEmpty();
		assertThat(this.schema.fetches.get()).as("fields fetched").isPositive();
	}

	/**
	 * entity { relationships { edges { node { from { ... } } } } }, nested to exactly the
	 * depth.
	 */
	private static String nested(int depth) {
		StringBuilder open = new StringBuilder("{ entity(id: \"x\") {");
		StringBuilder close = new StringBuilder("} }");
		int level = 1;
		String[] cycle = { "relationships(first: 2) {", "edges {", "node {", "from {" };
		String[] leafAfter = { "totalCount", "cursor", "id", "id" };
		String leaf = "id";
		while (level < depth - 1) {
			open.append(' ').append(cycle[(level - 1) % 4]);
			leaf = leafAfter[(level - 1) % 4];
			close.append('}');
			level++;
		}
		return open.append(' ').append(leaf).append(' ').append(close).toString();
	}

	@Test
	void shouldRefuseAQueryDeeperThanTheMaximumBeforeFetchingAnything() {
		GraphQLError error = refusal(this.schema.execute(nested(13)));
		assertThat(error.getMessage()).isEqualTo("Query depth 13 exceeds the maximum of 12 (atebol.limits.max-depth).");
		assertThat(error.getExtensions()).containsEntry("maximum", 12).containsEntry("actual", 13);
		// in the same order in every run of the service, the classification last
		assertThat(error.toSpecification()).extractingByKey("extensions")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.extracting(Map::keySet)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ITERABLE)
			.containsExactly("limit", "maximum", "actual", "classification");
	}

	@Test
	void shouldAcceptAQueryAtTheMaximumDepth() {
		accepted(this.schema.execute(nested(12)));
	}

	@Test
	void shouldCountDepthThroughFragments() {
		String document = """
				{ entity(id: "x") { ...Deep } }
				fragment Deep on Entity { relationships { edges { node { from { ...Deeper } } } } }
				fragment Deeper on Entity { relationships { edges { node { from { ...Deepest } } } } }
				fragment Deepest on Entity { relationships { edges { node { from { id } } } } }
				""";
		assertThat(refusal(this.schema.execute(document)).getMessage()).startsWith("Query depth 14 exceeds");
	}

	@Test
	void shouldLetIntrospectionNestDeeperThanTheMaximum() {
		ExecutionResult result = this.schema.execute(IntrospectionQuery.INTROSPECTION_QUERY);
		assertThat(result.getErrors()).isEmpty();
		Map<String, Object> data = result.getData();
		assertThat(data).containsKey("__schema");
	}

	@Test
	void shouldRefuseAFragmentBombBeforeValidatingOrWalkingIt() {
		// 40 fragments, each spreading the next twice: 2^40 fields once expanded,
		// in 1.5 KB.
		StringBuilder document = new StringBuilder("{ entity(id: \"x\") { ...F0 } }\n");
		for (int i = 0; i < 40; i++) {
			document.append("fragment F%d on Entity { ...F%d ...F%d }\n".formatted(i, i + 1, i + 1));
		}
		document.append("fragment F40 on Entity { id }\n");
		long started = System.nanoTime();
		GraphQLError error = refusal(this.schema.execute(document.toString()));
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(2000);
		assertThat(error.getMessage())
			.startsWith("The query selects 1099511627777 fields once its fragments are expanded")
			.endsWith("(atebol.limits.max-complexity).");
	}

	@Test
	void shouldRefuseAgainOnceTheDocumentIsCached() {
		// validated once, kept by the document cache: the limits that run at execution
		// still apply
		String document = nested(13);
		refusal(this.schema.execute(document));
		assertThat(refusal(this.schema.execute(document)).getMessage()).startsWith("Query depth 13 exceeds");
		String page = "query Page($n: Int) { changes(first: $n) { totalCount } }";
		accepted(this.schema.execute(page, Map.of("n", 10)));
		this.schema.fetches.set(0);
		assertThat(refusal(this.schema.execute(page, Map.of("n", 1000))).getMessage())
			.startsWith("Query.changes(first: 1000) exceeds the maximum page size");
	}

	@Test
	void shouldWalkADocumentOnceWhateverItsIdsAndDatesButAgainForEachPageSize() {
		String lookup = "query Lookup($id: ID!, $asOf: Date) { entity(id: $id, asOf: $asOf) { id name } }";
		int before = this.schema.operationLimits.walks();
		for (String id : List.of("a", "b", "c")) {
			accepted(this.schema.execute(lookup, Map.of("id", id, "asOf", "2020-01-0" + (id.charAt(0) - 'a' + 1))));
		}
		assertThat(this.schema.operationLimits.walks() - before).isOne();
		String page = "query Page($n: Int, $after: String) { changes(first: $n, after: $after) { totalCount } }";
		accepted(this.schema.execute(page, Map.of("n", 10, "after", "x")));
		accepted(this.schema.execute(page, Map.of("n", 10, "after", "y")));
		assertThat(this.schema.operationLimits.walks() - before).isEqualTo(2);
		this.schema.fetches.set(0);
		assertThat(refusal(this.schema.execute(page, Map.of("n", 1000, "after", "x"))).getMessage())
			.startsWith("Query.changes(first: 1000) exceeds the maximum page size");
		assertThat(refusal(this.schema.execute(page, Map.of("n", 1000, "after", "z"))).getMessage())
			.startsWith("Query.changes(first: 1000) exceeds the maximum page size");
		assertThat(this.schema.operationLimits.walks() - before).isEqualTo(3);
	}

	@Test
	void shouldCountTheFieldsOfEveryOperationOfACachedDocument() {
		// the field count runs at validation, which a cached document skips: the cache is
		// keyed by
		// operation name too, so the small operation's entry does not let the large one
		// through
		SchemaUnderTest small = new SchemaUnderTest(
				new QueryLimits(12, 6, 100, 6, 500, 8, org.springframework.util.unit.DataSize.ofKilobytes(16),
						org.springframework.util.unit.DataSize.ofKilobytes(64), java.time.Duration.ofSeconds(10)));
		String document = """
				query Small { entity(id: "x") { id } }
				query Large { entity(id: "x") { id name kind validFrom validTo shortName nameCy } }
				""";
		assertThat(SchemaUnderTest.refusals(small.execute(document, "Small"))).isEmpty();
		small.fetches.set(0);
		List<GraphQLError> refusals = SchemaUnderTest.refusals(small.execute(document, "Large"));
		assertThat(refusals).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).startsWith("The query selects 8 fields"));
		assertThat(small.fetches).hasValue(0);
	}

	@Test
	void shouldRefuseAPageLargerThanTheMaximumOnEveryField() {
		assertThat(refusal(this.schema.execute("{ entities(first: 101) { totalCount } }")).getMessage()).isEqualTo(
				"Query.entities(first: 101) exceeds the maximum page size of 100 (atebol.limits.max-page-size).");
		assertThat(refusal(this.schema.execute("{ entity(id: \"x\") { relationships(first: 500) { totalCount } } }"))
			.getMessage()).startsWith("Entity.relationships(first: 500) exceeds the maximum page size of 100");
	}

	@Test
	void shouldRefuseAPageSizeGivenAsAVariable() {
		ExecutionResult result = this.schema.execute("query Page($n: Int) { changes(first: $n) { totalCount } }",
				Map.of("n", 1000));
		assertThat(refusal(result).getMessage()).startsWith("Query.changes(first: 1000) exceeds the maximum page size");
	}

	@Test
	void shouldRefuseANegativePageSize() {
		assertThat(refusal(this.schema.execute("{ search(text: \"a\", first: -1) { score } }")).getMessage())
			.isEqualTo("Query.search(first: -1) must not be negative.");
	}

	@Test
	void shouldRefuseTraversalsBeyondTheirBounds() {
		assertThat(refusal(this.schema.execute("{ subgraph(root: \"x\", depth: 7) { truncated } }")).getMessage())
			.isEqualTo(
					"Query.subgraph(depth: 7) exceeds the maximum subgraph depth of 6 (atebol.limits.max-subgraph-depth).");
		this.schema.fetches.set(0);
		assertThat(refusal(this.schema.execute("{ subgraph(root: \"x\", limit: 501) { truncated } }")).getMessage())
			.endsWith("exceeds the maximum subgraph limit of 500 (atebol.limits.max-subgraph-limit).");
		this.schema.fetches.set(0);
		assertThat(
				refusal(this.schema.execute("{ paths(from: \"a\", to: \"b\", maxLength: 9) { length } }")).getMessage())
			.endsWith("exceeds the maximum path length of 8 (atebol.limits.max-path-length).");
	}

	@Test
	void shouldRefuseNestedPagesThatMultiplyBeyondTheMaximumComplexity() {
		String document = """
				{ entities(first: 100) { edges { node {
				  relationships(first: 100) { edges { node { from {
				    relationships(first: 100) { edges { node { id } } } } } } } } } } }
				""";
		GraphQLError error = refusal(this.schema.execute(document));
		assertThat(error.getMessage()).startsWith("Query complexity over ")
			.contains("exceeds the maximum of 10000 (atebol.limits.max-complexity)");
	}

	@Test
	void shouldAcceptAnOrgChartAtTheLargestSubgraphLimit() {
		accepted(this.schema.execute("""
				{ subgraph(root: "x", depth: 3, limit: 500) {
				    truncated
				    nodes { depth hasChildren entity { id name kind validFrom validTo } }
				    edges { id type from { id } to { id } validFrom validTo } } }
				"""));
	}

	@Test
	void shouldAcceptAFullPageOfEntitiesWithTheirUpwardLinks() {
		accepted(this.schema.execute("""
				{ entities(first: 100) { totalCount pageInfo { hasNextPage endCursor }
				    edges { cursor node { id name kind validFrom validTo reportsTo { type to { id name } } } } } }
				"""));
	}

}
