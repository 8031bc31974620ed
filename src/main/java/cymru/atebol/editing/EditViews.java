package cymru.atebol.editing;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;

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
		return EditCypher.entities(tx, ids).stream().map(e -> GraphValues.entity(e, edit.today(), null)).toList();
	}

	static Relationship relationship(TransactionContext tx, String id, String from, String to, Edit edit) {
		Record row = EditCypher.relationshipView(tx, id, from, to);
		return GraphValues.relationship(row.get("relationship"),
				GraphValues.entity(row.get("from"), edit.today(), null),
				GraphValues.entity(row.get("to"), edit.today(), null));
	}

}
