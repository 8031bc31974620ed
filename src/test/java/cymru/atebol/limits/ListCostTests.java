package cymru.atebol.limits;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What ListCost charges, on the real SDL. */
class ListCostTests {

	private final AtomicInteger complexity = new AtomicInteger();

	private final SchemaUnderTest schema = new SchemaUnderTest(SchemaUnderTest.defaults(),
			new MaxQueryComplexityInstrumentation(0, new ListCost(SchemaUnderTest.defaults()), info -> {
				this.complexity.set(info.getComplexity());
				return false;
			}));

	private int cost(String document) {
		this.schema.execute(document);
		return this.complexity.get();
	}

	@Test
	void shouldChargeOnePerField() {
		assertThat(cost("{ entity(id: \"x\") { id name kind } }")).isEqualTo(4);
	}

	@Test
	void shouldMultiplyAConnectionsEdgesByItsFirst() {
		// entities 1 + totalCount 1 + edges (1 + 20 x (node 1 + id 1))
		assertThat(cost("{ entities(first: 20) { totalCount edges { node { id } } } }")).isEqualTo(1 + 1 + 1 + 20 * 2);
	}

	@Test
	void shouldUseTheSchemaDefaultWhenFirstIsNotGiven() {
		assertThat(cost("{ entities { edges { node { id } } } }")).isEqualTo(1 + 1 + 20 * 2);
	}

	@Test
	void shouldMultiplyASubgraphsNodesByItsLimitOrTheMaximumLimit() {
		assertThat(cost("{ subgraph(root: \"x\", limit: 10) { nodes { depth } } }")).isEqualTo(1 + 1 + 10);
		assertThat(cost("{ subgraph(root: \"x\") { nodes { depth } } }")).isEqualTo(1 + 1 + 500);
	}

	@Test
	void shouldMultiplyOtherListsByFive() {
		assertThat(cost("{ entity(id: \"x\") { names { name } } }")).isEqualTo(1 + 1 + ListCost.UNSIZED_LIST);
	}

	@Test
	void shouldNotChargeListsOfScalarsForTheirItems() {
		assertThat(cost("{ entity(id: \"x\") { aliases } }")).isEqualTo(2);
	}

}
