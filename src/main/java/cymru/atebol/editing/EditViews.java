package cymru.atebol.editing;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.time.At;

/**
 * What an edit wrote, read back in its transaction as the read API shows it (today, as
 * recorded now).
 */
final class EditViews {

	private EditViews() {
	}

	static Entity entity(TransactionContext tx, String id, Edit edit) {
		return entities(tx, List.of(id), edit).get(0);
	}

	static List<Entity> entities(TransactionContext tx, List<String> ids, Edit edit) {
		At at = At.day(edit.today());
		return EditCypher.entities(tx, ids, at).stream().map(e -> GraphValues.entity(e, at)).toList();
	}

	static Relationship relationship(TransactionContext tx, String id, String from, String to, Edit edit) {
		At at = At.day(edit.today());
		Record row = EditCypher.relationshipView(tx, id, from, to, at);
		return GraphValues.relationship(row.get("relationship"), GraphValues.entity(row.get("from"), at),
				GraphValues.entity(row.get("to"), at));
	}

}
