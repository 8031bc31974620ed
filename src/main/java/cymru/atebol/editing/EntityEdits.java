package cymru.atebol.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.stereotype.Component;

import cymru.atebol.editing.ChangeEvents.Event;
import cymru.atebol.editing.ChangeEvents.Touched;
import cymru.atebol.editing.EditCypher.EntityState;
import cymru.atebol.editing.EditInputs.CreateEntityInput;
import cymru.atebol.editing.EditInputs.DissolveEntityInput;
import cymru.atebol.editing.EditInputs.RenameEntityInput;
import cymru.atebol.editing.EditInputs.ReplaceEntitiesInput;
import cymru.atebol.editing.EditInputs.UpdateEntityInput;
import cymru.atebol.editing.EditInputs.VersionedEntityInput;
import cymru.atebol.entity.Citation;
import cymru.atebol.entity.Relationship;
import cymru.atebol.history.ChangeEvent;
import cymru.atebol.seed.FuzzyDate;
import cymru.atebol.system.BadArgumentException;
import cymru.atebol.system.ConflictException;

/**
 * The edits of entities: create, correct, rename, dissolve and replace. Each checks its
 * input ({@link EditValidator}), then in one transaction ({@link EditTransactions}) locks
 * the entities and checks their versions ({@link Versions}), writes the new facts
 * ({@link EntityFacts}, {@link EditCypher}) and the change event ({@link ChangeEvents}),
 * or nothing.
 */
@Component
final class EntityEdits {

	private final EditTransactions transactions;

	private final EditValidator check;

	private final RelationshipEdits relationships;

	EntityEdits(EditTransactions transactions, EditValidator check, RelationshipEdits relationships) {
		this.transactions = transactions;
		this.check = check;
		this.relationships = relationships;
	}

	EntityEdit create(CreateEntityInput input, String editor) {
		this.check.slug("input.id", input.id());
		this.check.kind("input.kind", input.kind(), input.id());
		this.check.present("input.name", input.name(), "name");
		FuzzyDate validFrom = this.check.optionalDate("input.validFrom", input.validFrom(), "validFrom");
		this.check.citations("input.sources", input.sources());
		try {
			return created(input, validFrom, editor);
		}
		catch (ClientException ex) {
			// Another edit created the same id after this one looked: the unique
			// constraint refused it.
			if (ex.code() != null && ex.code().endsWith("ConstraintValidationFailed")) {
				throw new ConflictException("input.id",
						"duplicate id '%s' (an entity recorded by another edit just now); every entity, source and event needs its own id"
							.formatted(input.id()));
			}
			throw ex;
		}
	}

	private EntityEdit created(CreateEntityInput input, @Nullable FuzzyDate validFrom, String editor) {
		return this.transactions.run("createEntity", input.id(), editor, (tx, edit) -> {
			EditCypher.idUse(tx, input.id()).ifPresent(what -> {
				throw new ConflictException("input.id",
						"duplicate id '%s' (already used by %s); every entity, source and event needs its own id"
							.formatted(input.id(), what));
			});
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			EditCypher.createEntity(tx, Versions.first(edit, EntityFacts.created(input, validFrom, sources)));
			FuzzyDate date = (validFrom != null) ? validFrom : FuzzyDate.of(edit.today());
			ChangeEvent event = ChangeEvents.record(tx, edit, new Event("ESTABLISHED", input.id(), date,
					input.name().strip() + " was established", List.of(), sources, Touched.subjects(input.id())));
			return new EntityEdit(EditViews.entity(tx, input.id(), edit), event);
		});
	}

	EntityEdit update(UpdateEntityInput input, String editor) {
		if (input.kind() != null) {
			this.check.kind("input.kind", input.kind(), input.id());
		}
		FuzzyDate validFrom = this.check.optionalDate("input.validFrom", input.validFrom(), "validFrom");
		this.check.citations("input.sources", input.sources());
		return this.transactions.run("updateEntity", input.id(), editor, (tx, edit) -> {
			EntityState state = Versions.lockedEntity(tx, "input", input.id(), input.expectedVersion());
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			if (validFrom != null) {
				this.check.ordered("input.validFrom", "entity '" + input.id() + "'", validFrom,
						StoredDates.validTo(state.props()));
			}
			Map<String, @Nullable Object> corrections = EntityFacts.corrections(input, validFrom);
			List<String> corrected = EntityFacts.changed(state.props(), corrections);
			Versions.supersedeEntity(tx, edit, input.id(), state.props(),
					EntityFacts.completed(state, corrections, state.names(), sources));
			String name = (String) state.props().get("name");
			String description = corrected.isEmpty() ? "Added sources for " + name
					: "Corrected " + String.join(", ", corrected) + " of " + name;
			ChangeEvent event = ChangeEvents.record(tx, edit, new Event("CORRECTED", input.id(),
					FuzzyDate.of(edit.today()), description, List.of(), sources, Touched.subjects(input.id())));
			return new EntityEdit(EditViews.entity(tx, input.id(), edit), event);
		});
	}

	EntityEdit rename(RenameEntityInput input, String editor) {
		this.check.present("input.name", input.name(), "name");
		FuzzyDate date = this.check.date("input.date", input.date(), "date");
		this.check.citations("input.sources", input.sources());
		return this.transactions.run("renameEntity", input.id(), editor, (tx, edit) -> {
			EntityState state = Versions.lockedEntity(tx, "input", input.id(), input.expectedVersion());
			String oldName = (String) state.props().get("name");
			String newName = input.name().strip();
			if (newName.equals(oldName)) {
				throw new BadArgumentException("input.name", "'%s' is already the entity's name".formatted(newName));
			}
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			FuzzyDate oldFrom = EntityFacts.currentNameFrom(state);
			FuzzyDate oldTo = date.preceding();
			this.check.ordered("input.date", "the name '" + oldName + "'", oldFrom, oldTo);
			Map<String, Object> formerName = EntityFacts.formerName(state.props(), oldFrom, oldTo, edit);
			Map<String, @Nullable Object> changes = new LinkedHashMap<>();
			changes.put("name", newName);
			changes.put("nameCy", EntityFacts.text(input.nameCy()));
			changes.put("shortName", EntityFacts.text(input.shortName()));
			List<Map<String, Object>> names = new ArrayList<>(state.names());
			names.add(formerName);
			Versions.supersedeEntity(tx, edit, input.id(), state.props(),
					EntityFacts.completed(state, changes, names, sources));
			EditCypher.addName(tx, input.id(), formerName);
			ChangeEvent event = ChangeEvents.record(tx, edit, new Event("RENAMED", input.id(), date,
					oldName + " was renamed " + newName, List.of(), sources, Touched.subjects(input.id())));
			return new EntityEdit(EditViews.entity(tx, input.id(), edit), event);
		});
	}

	EntityEdit dissolve(DissolveEntityInput input, String editor) {
		FuzzyDate date = this.check.date("input.date", input.date(), "date");
		this.check.citations("input.sources", input.sources());
		return this.transactions.run("dissolveEntity", input.id(), editor, (tx, edit) -> {
			EntityState state = Versions.lockedEntity(tx, "input", input.id(), input.expectedVersion());
			FuzzyDate ended = StoredDates.validTo(state.props());
			if (ended != null) {
				throw new ConflictException("input.id",
						"entity '%s' already ceased to exist: its last day is %s".formatted(input.id(), ended));
			}
			this.check.ordered("input.date", "entity '" + input.id() + "'", StoredDates.validFrom(state.props()), date);
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			end(tx, edit, input.id(), state, date, sources);
			List<String> endedRelationships = this.relationships.endOpen(tx, input.id(), date, sources, edit);
			String description = (input.description() != null && !input.description().isBlank())
					? input.description().strip() : state.props().get("name") + " ceased to exist";
			ChangeEvent event = ChangeEvents.record(tx, edit, new Event("DISSOLVED", input.id(), date.following(),
					description, endedRelationships, sources, Touched.subjects(input.id())));
			return new EntityEdit(EditViews.entity(tx, input.id(), edit), event);
		});
	}

	ReplacementEdit replace(ReplaceEntitiesInput input, String editor) {
		List<String> predecessors = input.predecessors().stream().map(VersionedEntityInput::id).toList();
		List<String> successors = input.successors().stream().map(VersionedEntityInput::id).toList();
		this.check.replacement("input", predecessors, successors);
		this.check.distinct("input.predecessors", predecessors, Set.copyOf(successors), "successors");
		this.check.distinct("input.successors", successors, Set.of(), "predecessors");
		FuzzyDate date = this.check.date("input.date", input.date(), "date");
		this.check.present("input.description", input.description(), "description");
		this.check.citations("input.sources", input.sources());
		return this.transactions.run("replaceEntities",
				String.join(", ", Stream.concat(predecessors.stream(), successors.stream()).toList()), editor,
				(tx, edit) -> {
					Map<String, List<VersionedEntityInput>> lists = new LinkedHashMap<>();
					lists.put("input.predecessors", input.predecessors());
					lists.put("input.successors", input.successors());
					Map<String, EntityState> states = Versions.lockedEntities(tx, lists);
					List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
					FuzzyDate lastDay = date.preceding();
					List<String> relationshipIds = new ArrayList<>();
					for (String id : predecessors) {
						EntityState state = states.get(id);
						if (state.props().get("validTo") == null) {
							this.check.ordered("input.date", "entity '" + id + "'",
									StoredDates.validFrom(state.props()), lastDay);
							end(tx, edit, id, state, lastDay, sources);
							relationshipIds.addAll(this.relationships.endOpen(tx, id, lastDay, sources, edit));
						}
					}
					for (String id : successors) {
						EntityState state = states.get(id);
						if (state.props().get("validFrom") == null) {
							Map<String, @Nullable Object> changes = new LinkedHashMap<>(StoredDates.from(date));
							changes.putAll(Citations.merged(state.props(), sources));
							Versions.supersedeEntity(tx, edit, id, state.props(), changes);
						}
					}
					List<Relationship> links = new ArrayList<>();
					for (String from : predecessors) {
						for (String to : successors) {
							String id = this.relationships.start(tx, "input", from, "REPLACED_BY", to, date, null,
									sources, edit);
							links.add(EditViews.relationship(tx, id, from, to, edit));
						}
					}
					relationshipIds.addAll(0, links.stream().map(Relationship::id).toList());
					List<Touched> touched = new ArrayList<>(Touched.roles("PREDECESSOR", predecessors));
					touched.addAll(Touched.roles("SUCCESSOR", successors));
					ChangeEvent event = ChangeEvents.record(tx, edit, new Event("REPLACED", successors.get(0), date,
							input.description().strip(), relationshipIds, sources, touched));
					return new ReplacementEdit(EditViews.entities(tx, predecessors, edit),
							EditViews.entities(tx, successors, edit), links, event);
				});
	}

	/** Ends an entity on its last day, citing the sources. */
	private static void end(TransactionContext tx, Edit edit, String id, EntityState state, FuzzyDate lastDay,
			List<Citation> sources) {
		Map<String, @Nullable Object> changes = new LinkedHashMap<>(StoredDates.to(lastDay));
		changes.putAll(Citations.merged(state.props(), sources));
		Versions.supersedeEntity(tx, edit, id, state.props(), changes);
	}

}
