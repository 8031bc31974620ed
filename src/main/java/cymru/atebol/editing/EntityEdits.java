package cymru.atebol.editing;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.stereotype.Component;

import cymru.atebol.editing.EditCypher.EntityState;
import cymru.atebol.editing.EditInputs.CodesInput;
import cymru.atebol.editing.EditInputs.CreateEntityInput;
import cymru.atebol.editing.EditInputs.DissolveEntityInput;
import cymru.atebol.editing.EditInputs.RenameEntityInput;
import cymru.atebol.editing.EditInputs.ReplaceEntitiesInput;
import cymru.atebol.editing.EditInputs.UpdateEntityInput;
import cymru.atebol.editing.EditInputs.VersionedEntityInput;
import cymru.atebol.entity.Citation;
import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.time.At;
import cymru.atebol.entity.Relationship;
import cymru.atebol.history.ChangeEvent;
import cymru.atebol.history.HistoryValues;
import cymru.atebol.neo4j.Graph;
import cymru.atebol.seed.FuzzyDate;
import cymru.atebol.system.BadArgumentException;
import cymru.atebol.system.ConflictException;
import cymru.atebol.system.NotFoundException;
import cymru.atebol.system.Today;
import cymru.atebol.version.DatasetChange;
import cymru.atebol.version.DatasetVersions;

/**
 * The edits of entities: create, correct, rename, dissolve and replace. Each runs in one
 * write transaction: input checked first, then the entities locked and their versions
 * checked, then everything written, with the change event, or nothing.
 */
@Component
final class EntityEdits {

	private static final Map<String, String> CODES = Map.of("ods", "odsCode", "wikidata", "wikidataId", "ons",
			"onsCode", "gpCluster", "gpClusterCode");

	private final Graph graph;

	private final EditValidator check;

	private final RelationshipEdits relationships;

	private final Today today;

	EntityEdits(Graph graph, EditValidator check, RelationshipEdits relationships, Today today) {
		this.graph = graph;
		this.check = check;
		this.relationships = relationships;
		this.today = today;
	}

	private Edit begin(String editor) {
		return new Edit(editor, ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), this.today.date());
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
		return this.graph.inWriteTransaction(tx -> {
			Edit edit = begin(editor);
			DatasetVersions.bump(tx, DatasetChange.edit("createEntity", editor, edit.now(), input.id()));
			EditCypher.idUse(tx, input.id()).ifPresent(what -> {
				throw new ConflictException("input.id",
						"duplicate id '%s' (already used by %s); every entity, source and event needs its own id"
							.formatted(input.id(), what));
			});
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			Map<String, @Nullable Object> content = new LinkedHashMap<>();
			content.put("id", input.id());
			content.put("kind", input.kind());
			content.put("name", input.name().strip());
			content.put("nameCy", text(input.nameCy()));
			content.put("shortName", text(input.shortName()));
			content.put("aliases", aliases(input.aliases()));
			content.put("description", text(input.description()));
			content.put("note", text(input.note()));
			content.putAll(Edit.from(validFrom));
			codes(content, input.codes());
			content.put("otherNames", SearchNames.of(content, List.of()));
			content.putAll(Citations.lists(sources));
			EditCypher.createEntity(tx, edit.first(content));
			FuzzyDate date = (validFrom != null) ? validFrom : FuzzyDate.of(edit.today());
			String eventId = edit.eventId("ESTABLISHED", input.id());
			EditCypher.recordEvent(tx, edit.event(eventId, "ESTABLISHED", date,
					input.name().strip() + " was established", List.of(), sources),
					Edit.touched("SUBJECT", List.of(input.id())));
			return new EntityEdit(entity(tx, input.id(), edit), event(tx, eventId));
		});
	}

	EntityEdit update(UpdateEntityInput input, String editor) {
		if (input.kind() != null) {
			this.check.kind("input.kind", input.kind(), input.id());
		}
		FuzzyDate validFrom = this.check.optionalDate("input.validFrom", input.validFrom(), "validFrom");
		this.check.citations("input.sources", input.sources());
		return this.graph.inWriteTransaction(tx -> {
			Edit edit = begin(editor);
			DatasetVersions.bump(tx, DatasetChange.edit("updateEntity", editor, edit.now(), input.id()));
			EntityState state = locked(tx, "input", input.id(), input.expectedVersion());
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			Map<String, @Nullable Object> changes = new LinkedHashMap<>();
			if (input.kind() != null) {
				changes.put("kind", input.kind());
			}
			putText(changes, "nameCy", input.nameCy());
			putText(changes, "shortName", input.shortName());
			putText(changes, "description", input.description());
			putText(changes, "note", input.note());
			if (input.aliases() != null) {
				changes.put("aliases", aliases(input.aliases()));
			}
			if (validFrom != null) {
				this.check.ordered("input.validFrom", "entity '" + input.id() + "'", validFrom,
						Edit.stored(state.props().get("validTo"), state.props().get("validToPrecision")));
				changes.putAll(Edit.from(validFrom));
			}
			codes(changes, input.codes());
			List<String> corrected = changed(state.props(), changes);
			Map<String, @Nullable Object> next = new LinkedHashMap<>(state.props());
			next.putAll(changes);
			changes.put("otherNames", SearchNames.of(next, state.names()));
			changes.putAll(Citations.merged(state.props(), sources));
			EditCypher.supersedeEntity(tx, input.id(), edit.next(state.props(), changes, true), edit.now());
			String name = (String) state.props().get("name");
			String description = corrected.isEmpty() ? "Added sources for " + name
					: "Corrected " + String.join(", ", corrected) + " of " + name;
			String eventId = edit.eventId("CORRECTED", input.id());
			EditCypher.recordEvent(tx,
					edit.event(eventId, "CORRECTED", FuzzyDate.of(edit.today()), description, List.of(), sources),
					Edit.touched("SUBJECT", List.of(input.id())));
			return new EntityEdit(entity(tx, input.id(), edit), event(tx, eventId));
		});
	}

	EntityEdit rename(RenameEntityInput input, String editor) {
		this.check.present("input.name", input.name(), "name");
		FuzzyDate date = this.check.date("input.date", input.date(), "date");
		this.check.citations("input.sources", input.sources());
		return this.graph.inWriteTransaction(tx -> {
			Edit edit = begin(editor);
			DatasetVersions.bump(tx, DatasetChange.edit("renameEntity", editor, edit.now(), input.id()));
			EntityState state = locked(tx, "input", input.id(), input.expectedVersion());
			Map<String, Object> props = state.props();
			String oldName = (String) props.get("name");
			String newName = input.name().strip();
			if (newName.equals(oldName)) {
				throw new BadArgumentException("input.name", "'%s' is already the entity's name".formatted(newName));
			}
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			FuzzyDate oldFrom = currentNameFrom(state);
			FuzzyDate oldTo = date.preceding();
			this.check.ordered("input.date", "the name '" + oldName + "'", oldFrom, oldTo);
			Map<String, @Nullable Object> former = new LinkedHashMap<>();
			former.put("name", oldName);
			former.put("nameCy", props.get("nameCy"));
			former.put("shortName", props.get("shortName"));
			former.putAll(Edit.from(oldFrom));
			former.putAll(Edit.to(oldTo));
			former.put("sourceIds", props.get("sourceIds"));
			former.put("sourceSections", props.get("sourceSections"));
			former.put("recordedFrom", edit.now());
			former.put("recordedBy", edit.editor());
			Map<String, Object> formerName = EditCypher.withoutNulls(former);
			Map<String, @Nullable Object> changes = new LinkedHashMap<>();
			changes.put("name", newName);
			changes.put("nameCy", text(input.nameCy()));
			changes.put("shortName", text(input.shortName()));
			Map<String, @Nullable Object> next = new LinkedHashMap<>(props);
			next.putAll(changes);
			List<Map<String, Object>> names = new ArrayList<>(state.names());
			names.add(formerName);
			changes.put("otherNames", SearchNames.of(next, names));
			changes.putAll(Citations.merged(props, sources));
			EditCypher.supersedeEntity(tx, input.id(), edit.next(props, changes, true), edit.now());
			EditCypher.addName(tx, input.id(), formerName);
			String eventId = edit.eventId("RENAMED", input.id());
			EditCypher.recordEvent(tx,
					edit.event(eventId, "RENAMED", date, oldName + " was renamed " + newName, List.of(), sources),
					Edit.touched("SUBJECT", List.of(input.id())));
			return new EntityEdit(entity(tx, input.id(), edit), event(tx, eventId));
		});
	}

	EntityEdit dissolve(DissolveEntityInput input, String editor) {
		FuzzyDate date = this.check.date("input.date", input.date(), "date");
		this.check.citations("input.sources", input.sources());
		return this.graph.inWriteTransaction(tx -> {
			Edit edit = begin(editor);
			DatasetVersions.bump(tx, DatasetChange.edit("dissolveEntity", editor, edit.now(), input.id()));
			EntityState state = locked(tx, "input", input.id(), input.expectedVersion());
			FuzzyDate ended = Edit.stored(state.props().get("validTo"), state.props().get("validToPrecision"));
			if (ended != null) {
				throw new ConflictException("input.id",
						"entity '%s' already ceased to exist: its last day is %s".formatted(input.id(), ended));
			}
			this.check.ordered("input.date", "entity '" + input.id() + "'",
					Edit.stored(state.props().get("validFrom"), state.props().get("validFromPrecision")), date);
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			Map<String, @Nullable Object> changes = new LinkedHashMap<>(Edit.to(date));
			changes.putAll(Citations.merged(state.props(), sources));
			EditCypher.supersedeEntity(tx, input.id(), edit.next(state.props(), changes, true), edit.now());
			List<String> endedRelationships = this.relationships.endOpen(tx, input.id(), date, sources, edit);
			String name = (String) state.props().get("name");
			String description = (input.description() != null && !input.description().isBlank())
					? input.description().strip() : name + " ceased to exist";
			String eventId = edit.eventId("DISSOLVED", input.id());
			EditCypher.recordEvent(tx,
					edit.event(eventId, "DISSOLVED", date.following(), description, endedRelationships, sources),
					Edit.touched("SUBJECT", List.of(input.id())));
			return new EntityEdit(entity(tx, input.id(), edit), event(tx, eventId));
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
		return this.graph.inWriteTransaction(tx -> {
			Edit edit = begin(editor);
			List<String> all = new ArrayList<>(predecessors);
			all.addAll(successors);
			DatasetVersions.bump(tx, DatasetChange.edit("replaceEntities", editor, edit.now(), String.join(", ", all)));
			List<String> found = EditCypher.lockEntities(tx, all);
			Map<String, EntityState> states = new LinkedHashMap<>();
			checkAll(tx, "input.predecessors", input.predecessors(), found, states);
			checkAll(tx, "input.successors", input.successors(), found, states);
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			FuzzyDate lastDay = date.preceding();
			List<String> relationshipIds = new ArrayList<>();
			for (String id : predecessors) {
				EntityState state = states.get(id);
				if (state.props().get("validTo") != null) {
					continue;
				}
				this.check.ordered("input.date", "entity '" + id + "'",
						Edit.stored(state.props().get("validFrom"), state.props().get("validFromPrecision")), lastDay);
				Map<String, @Nullable Object> changes = new LinkedHashMap<>(Edit.to(lastDay));
				changes.putAll(Citations.merged(state.props(), sources));
				EditCypher.supersedeEntity(tx, id, edit.next(state.props(), changes, true), edit.now());
				relationshipIds.addAll(this.relationships.endOpen(tx, id, lastDay, sources, edit));
			}
			for (String id : successors) {
				EntityState state = states.get(id);
				if (state.props().get("validFrom") == null) {
					Map<String, @Nullable Object> changes = new LinkedHashMap<>(Edit.from(date));
					changes.putAll(Citations.merged(state.props(), sources));
					EditCypher.supersedeEntity(tx, id, edit.next(state.props(), changes, true), edit.now());
				}
			}
			List<Relationship> links = new ArrayList<>();
			for (String from : predecessors) {
				for (String to : successors) {
					String id = this.relationships.start(tx, "input", from, "REPLACED_BY", to, date, null, sources,
							edit);
					links.add(RelationshipEdits.view(tx, id, from, to, edit));
				}
			}
			relationshipIds.addAll(0, links.stream().map(Relationship::id).toList());
			String eventId = edit.eventId("REPLACED", successors.get(0));
			List<Map<String, Object>> touched = new ArrayList<>(Edit.touched("PREDECESSOR", predecessors));
			touched.addAll(Edit.touched("SUCCESSOR", successors));
			EditCypher.recordEvent(tx,
					edit.event(eventId, "REPLACED", date, input.description().strip(), relationshipIds, sources),
					touched);
			return new ReplacementEdit(entities(tx, predecessors, edit), entities(tx, successors, edit), links,
					event(tx, eventId));
		});
	}

	/** Locks an entity and checks it exists and has the version the edit was based on. */
	private static EntityState locked(TransactionContext tx, String argument, String id, int expectedVersion) {
		EditCypher.lockEntities(tx, List.of(id));
		EntityState state = EditCypher.entity(tx, id)
			.orElseThrow(() -> new NotFoundException(argument + ".id", "no entity '%s' in the graph".formatted(id)));
		Versions.check(argument + ".expectedVersion", "entity '" + id + "'", expectedVersion, state.version());
		return state;
	}

	private static void checkAll(TransactionContext tx, String argument, List<VersionedEntityInput> inputs,
			List<String> found, Map<String, EntityState> states) {
		for (int i = 0; i < inputs.size(); i++) {
			VersionedEntityInput input = inputs.get(i);
			String at = argument + "[" + i + "]";
			if (!found.contains(input.id())) {
				throw new NotFoundException(at + ".id", "no entity '%s' in the graph".formatted(input.id()));
			}
			EntityState state = EditCypher.entity(tx, input.id()).orElseThrow();
			Versions.check(at + ".expectedVersion", "entity '" + input.id() + "'", input.expectedVersion(),
					state.version());
			states.put(input.id(), state);
		}
	}

	/**
	 * When the current name came into force: the day after the last former name ended, or
	 * the entity began.
	 */
	private static @Nullable FuzzyDate currentNameFrom(EntityState state) {
		Map<String, Object> last = null;
		for (Map<String, Object> name : state.names()) {
			if (name.get("validTo") instanceof java.time.LocalDate to
					&& (last == null || to.isAfter((java.time.LocalDate) last.get("validTo")))) {
				last = name;
			}
		}
		if (last != null) {
			FuzzyDate ended = Edit.stored(last.get("validTo"), last.get("validToPrecision"));
			return (ended != null) ? ended.following() : null;
		}
		return Edit.stored(state.props().get("validFrom"), state.props().get("validFromPrecision"));
	}

	/** The API's names of the fields an update changes, for the event's description. */
	private static List<String> changed(Map<String, Object> current, Map<String, @Nullable Object> changes) {
		Map<String, String> fields = new java.util.HashMap<>();
		CODES.forEach((field, property) -> fields.put(property, "codes." + field));
		List<String> names = new ArrayList<>();
		changes.forEach((key, value) -> {
			if (!java.util.Objects.equals(current.get(key), value) && !key.endsWith("Precision")) {
				names.add(fields.getOrDefault(key, key));
			}
		});
		return names;
	}

	private static Entity entity(TransactionContext tx, String id, Edit edit) {
		return entities(tx, List.of(id), edit).get(0);
	}

	private static List<Entity> entities(TransactionContext tx, List<String> ids, Edit edit) {
		At at = At.day(edit.today());
		return EditCypher.entities(tx, ids, at).stream().map(e -> GraphValues.entity(e, at)).toList();
	}

	static ChangeEvent event(TransactionContext tx, String id) {
		return HistoryValues.event(EditCypher.event(tx, id), null);
	}

	/** A text input: stripped, or null when blank or absent. */
	static @Nullable String text(@Nullable String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

	/** A text to change: absent leaves it, blank removes it. */
	private static void putText(Map<String, @Nullable Object> changes, String key, @Nullable String text) {
		if (text != null) {
			changes.put(key, text(text));
		}
	}

	private static @Nullable List<String> aliases(@Nullable List<String> aliases) {
		if (aliases == null) {
			return null;
		}
		List<String> kept = aliases.stream().map(EntityEdits::text).filter(a -> a != null).distinct().toList();
		return kept.isEmpty() ? null : kept;
	}

	/** Codes given: set (blank removes); codes left out stay. */
	private static void codes(Map<String, @Nullable Object> props, @Nullable CodesInput codes) {
		if (codes == null) {
			return;
		}
		putText(props, CODES.get("ods"), codes.ods());
		putText(props, CODES.get("wikidata"), codes.wikidata());
		putText(props, CODES.get("ons"), codes.ons());
		putText(props, CODES.get("gpCluster"), codes.gpCluster());
	}

}
