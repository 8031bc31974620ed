package cymru.atebol.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every bound a request is held to ({@code atebol.limits.*}, whose values
 * {@code application.yaml} states); the traversal code reads the subgraph and path bounds
 * from here too, so that one table in the docs lists them all.
 *
 * @param maxDepth deepest field nesting of a query (fragments expanded; pure
 * introspection exempt)
 * @param maxComplexity the most a query may cost: a field costs 1 plus what it selects, a
 * list multiplies that by its {@code first}/{@code limit}, or by 5 when it has no size
 * argument
 * @param maxPageSize the largest {@code first} of any field
 * @param maxSubgraphDepth the largest {@code depth} of any field (subgraph traversals)
 * @param maxSubgraphLimit the largest {@code limit} of any field (nodes in a subgraph)
 * @param maxPathLength the largest {@code maxLength} of any field (hops in a path search)
 * @param maxDocumentBytes the largest query document, in UTF-8 bytes
 * @param maxVariablesBytes the largest variables object, in bytes of JSON
 * @param queryTimeout how long a query may run (a mutation is bounded by the Neo4j
 * transaction timeout instead, so that its answer says whether it was applied); also the
 * default Neo4j transaction timeout ({@code atebol.query.timeout})
 */
@ConfigurationProperties("atebol.limits")
public record QueryLimits(int maxDepth, int maxComplexity, int maxPageSize, int maxSubgraphDepth, int maxSubgraphLimit,
		int maxPathLength, DataSize maxDocumentBytes, DataSize maxVariablesBytes, Duration queryTimeout) {

	/**
	 * The largest HTTP request body: room for a document and variables that are both at
	 * their limits even when JSON escaping doubles them, plus 16 KB for the rest of the
	 * envelope.
	 */
	public long maxRequestBytes() {
		return 2 * (this.maxDocumentBytes.toBytes() + this.maxVariablesBytes.toBytes()) + 16 * 1024;
	}

}
