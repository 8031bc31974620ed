package cymru.atebol.editing;

import java.util.function.BiFunction;

import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.Graph;
import cymru.atebol.system.Today;
import cymru.atebol.version.DatasetChange;
import cymru.atebol.version.DatasetVersions;

/**
 * Runs an edit as one write transaction, whole or not at all, with the moment it is
 * recorded at taken from the service's clock, and the dataset's next version made first
 * in the same transaction (so the version changes exactly when the facts do). The work
 * may run again when Neo4j reports a transient failure, and then gets a new moment. The
 * transaction opens when the edit's turn comes ({@link EditQueue}).
 */
@Component
final class EditTransactions {

	private final Graph graph;

	private final Today today;

	private final EditQueue queue;

	EditTransactions(Graph graph, Today today, EditQueue queue) {
		this.graph = graph;
		this.today = today;
		this.queue = queue;
	}

	/**
	 * @param operation the mutation's name, for the version list
	 * @param subject what it edits (ids), for the version list
	 */
	<T> T run(String operation, String subject, String editor, BiFunction<TransactionContext, Edit, T> work) {
		return this.queue.inTurn(() -> this.graph.inWriteTransaction(tx -> {
			Edit edit = new Edit(editor, this.today.recordTime(), this.today.date());
			DatasetVersions.bump(tx, DatasetChange.edit(operation, editor, edit.now(), subject));
			return work.apply(tx, edit);
		}));
	}

}
