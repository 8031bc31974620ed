package cymru.atebol.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import cymru.atebol.editing.EditCypher.EntityState;
import cymru.atebol.editing.EditCypher.RelationshipState;
import cymru.atebol.editing.EditInputs.VersionedEntityInput;
import cymru.atebol.system.ConflictException;
import cymru.atebol.system.NotFoundException;

/**
 * Versions and optimistic concurrency: an edit names the version it read, and is refused
 * when the graph holds another, so no edit silently overwrites one made since. Checked
 * after the edit has locked what it changes, so of two edits based on the same version
 * exactly one wins. Every fact written carries its version and who recorded it when; a
 * superseded version stays in record time.
 */
final class Versions {

	private Versions() {
	}

	static void check(String argument, String what, int expected, int actual) {
		if (expected != actual) {
			throw new ConflictException(argument,
					"%s has version %d, the edit was based on version %d: reload and reapply".formatted(what, actual,
							expected));
		}
	}

	/** Locks an entity and checks it exists and has the version the edit was based on. */
	static EntityState lockedEntity(TransactionContext tx, String argument, String id, int expectedVersion) {
		EditCypher.lockEntities(tx, List.of(id));
		EntityState state = EditCypher.entity(tx, id)
			.orElseThrow(() -> new NotFoundException(argument + ".id", "no entity '%s' in the graph".formatted(id)));
		check(argument + ".expectedVersion", "entity '" + id + "'", expectedVersion, state.version());
		return state;
	}

	/**
	 * Locks every entity of the lists (all at once, in id order) and checks each exists
	 * and has the version given; the states by id.
	 */
	static Map<String, EntityState> lockedEntities(TransactionContext tx,
			Map<String, List<VersionedEntityInput>> lists) {
		List<String> all = new ArrayList<>();
		lists.values().forEach(inputs -> inputs.forEach(input -> all.add(input.id())));
		List<String> found = EditCypher.lockEntities(tx, all);
		Map<String, EntityState> states = new LinkedHashMap<>();
		lists.forEach((argument, inputs) -> {
			for (int i = 0; i < inputs.size(); i++) {
				VersionedEntityInput input = inputs.get(i);
				String at = argument + "[" + i + "]";
				if (!found.contains(input.id())) {
					throw new NotFoundException(at + ".id", "no entity '%s' in the graph".formatted(input.id()));
				}
				EntityState state = EditCypher.entity(tx, input.id()).orElseThrow();
				check(at + ".expectedVersion", "entity '" + input.id() + "'", input.expectedVersion(), state.version());
				states.put(input.id(), state);
			}
		});
		return states;
	}

	/**
	 * Locks a relationship's ends and checks it exists and has the version the edit was
	 * based on.
	 */
	static RelationshipState lockedRelationship(TransactionContext tx, String argument, String id, String from,
			String to, int expectedVersion) {
		EditCypher.lockEntities(tx, List.of(from, to));
		RelationshipState state = EditCypher.relationship(tx, id, from, to)
			.orElseThrow(
					() -> new NotFoundException(argument + ".id", "no relationship '%s' in the graph".formatted(id)));
		check(argument + ".expectedVersion", "relationship '" + id + "'", expectedVersion, state.version());
		return state;
	}

	/**
	 * A new fact's properties with its bookkeeping: version 1, recorded now by the
	 * editor.
	 */
	static Map<String, Object> first(Edit edit, Map<String, @Nullable Object> content) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>(content);
		props.put("version", 1L);
		props.put("recordedFrom", edit.now());
		props.put("versionRecordedFrom", edit.now());
		props.put("recordedBy", edit.editor());
		return EditCypher.withoutNulls(props);
	}

	/**
	 * Records the entity's next version: its properties with the changes, version + 1,
	 * recorded now by the editor; the property set it replaces is kept as a revision.
	 * {@code recordedFrom} stays when the entity was first recorded.
	 */
	static void supersedeEntity(TransactionContext tx, Edit edit, String id, Map<String, Object> current,
			Map<String, @Nullable Object> changes) {
		EditCypher.supersedeEntity(tx, id, next(edit, current, changes, false), edit.now());
	}

	/**
	 * Records the relationship's next version: a new relationship (same id, version + 1,
	 * recorded from now) in place of the old, whose record time ends now.
	 */
	static void supersedeRelationship(TransactionContext tx, Edit edit, RelationshipState old,
			Map<String, @Nullable Object> changes) {
		EditCypher.supersedeRelationship(tx, old, next(edit, old.props(), changes, true), edit.now());
	}

	private static Map<String, Object> next(Edit edit, Map<String, Object> current,
			Map<String, @Nullable Object> changes, boolean newFact) {
		Map<String, @Nullable Object> props = new LinkedHashMap<>(current);
		props.putAll(changes);
		long version = ((Number) current.getOrDefault("version", 1L)).longValue();
		props.put("version", version + 1);
		if (newFact) {
			props.put("recordedFrom", edit.now());
		}
		props.put("versionRecordedFrom", edit.now());
		props.put("recordedBy", edit.editor());
		props.remove("recordedTo");
		return EditCypher.withoutNulls(props);
	}

}
