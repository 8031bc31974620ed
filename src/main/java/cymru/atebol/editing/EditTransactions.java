package cymru.atebol.editing;

import java.util.function.BiFunction;

import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Today;

/**
 * Runs an edit as one write transaction, whole or not at all, with the moment it is
 * recorded at taken from the service's clock. The work may run again when Neo4j reports a
 * transient failure, and then gets a new moment.
 */
@Component
final class EditTransactions {

	private final Graph graph;

	private final Today today;

	EditTransactions(Graph graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	<T> T run(String editor, BiFunction<TransactionContext, Edit, T> work) {
		return this.graph
			.inWriteTransaction(tx -> work.apply(tx, new Edit(editor, this.today.recordTime(), this.today.date())));
	}

}
