package cymru.atebol.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

import cymru.atebol.editing.ChangeEvents.Event;
import cymru.atebol.editing.ChangeEvents.Touched;
import cymru.atebol.editing.EditCypher.RelationshipState;
import cymru.atebol.editing.EditInputs.EndRelationshipInput;
import cymru.atebol.editing.EditInputs.StartRelationshipInput;
import cymru.atebol.entity.Citation;
import cymru.atebol.entity.Relationship;
import cymru.atebol.history.ChangeEvent;
import cymru.atebol.seed.FuzzyDate;
import cymru.atebol.seed.Vocabulary;
import cymru.atebol.system.BadArgumentException;
import cymru.atebol.system.ConflictException;
import cymru.atebol.system.NotFoundException;

/**
 * The edits of relationships: start one, end one, and end an entity's open ones (when it
 * is dissolved or replaced). A relationship edit locks both its entities first, so edits
 * of the same relationship, or of an entity and its relationships, take turns.
 */
@Component
final class RelationshipEdits {

	/** {@code <from>:<TYPE>:<to>} with an optional {@code @<validFrom>}. */
	private static final Pattern ID = Pattern.compile("([^:]+):([A-Z_]+):([^:@]+)(@.+)?");

	private final EditTransactions transactions;

	private final EditValidator check;

	private final Vocabulary vocabulary;

	RelationshipEdits(EditTransactions transactions, EditValidator check, Vocabulary vocabulary) {
		this.transactions = transactions;
		this.check = check;
		this.vocabulary = vocabulary;
	}

	RelationshipEdit start(StartRelationshipInput input, String editor) {
		this.check.relationshipType("input.type", input.type());
		this.check.distinctEnds("input.to", input.from(), input.to());
		FuzzyDate validFrom = this.check.optionalDate("input.validFrom", input.validFrom(), "validFrom");
		this.check.citations("input.sources", input.sources());
		return this.transactions.run("startRelationship", input.from() + " " + input.type() + " " + input.to(), editor,
				(tx, edit) -> {
					List<String> found = EditCypher.lockEntities(tx, List.of(input.from(), input.to()));
					for (String end : List.of("from", "to")) {
						String id = end.equals("from") ? input.from() : input.to();
						if (!found.contains(id)) {
							throw new NotFoundException("input." + end, "no entity '%s' in the graph".formatted(id));
						}
					}
					List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
					String id = start(tx, "input", input.from(), input.type(), input.to(), validFrom,
							EntityFacts.text(input.note()), sources, edit);
					Relationship relationship = EditViews.relationship(tx, id, input.from(), input.to(), edit);
					FuzzyDate date = (validFrom != null) ? validFrom : FuzzyDate.of(edit.today());
					ChangeEvent event = ChangeEvents.record(tx, edit,
							new Event("RELATIONSHIP_STARTED", input.from(), date,
									"Began: " + sentence(relationship, date.first()), List.of(id), sources,
									Touched.subjects(input.from(), input.to())));
					return new RelationshipEdit(relationship, event);
				});
	}

	RelationshipEdit end(EndRelationshipInput input, String editor) {
		Matcher parts = ID.matcher(input.id());
		if (!parts.matches()) {
			throw new BadArgumentException("input.id",
					"'%s' is not a relationship id; relationship ids read <from>:<TYPE>:<to>".formatted(input.id()));
		}
		String from = parts.group(1);
		String to = parts.group(3);
		FuzzyDate validTo = this.check.date("input.validTo", input.validTo(), "validTo");
		this.check.citations("input.sources", input.sources());
		return this.transactions.run("endRelationship", input.id(), editor, (tx, edit) -> {
			RelationshipState state = Versions.lockedRelationship(tx, "input", input.id(), from, to,
					input.expectedVersion());
			this.check.ordered("input.validTo", "relationship " + input.id(), StoredDates.validFrom(state.props()),
					validTo);
			List<Citation> sources = Citations.resolve(tx, "input.sources", input.sources(), edit);
			end(tx, state, validTo, sources, edit);
			Relationship relationship = EditViews.relationship(tx, input.id(), from, to, edit);
			ChangeEvent event = ChangeEvents.record(tx, edit,
					new Event("RELATIONSHIP_ENDED", from, validTo.following(),
							"Ended (last day it held " + validTo + "): " + sentence(relationship, validTo.last()),
							List.of(input.id()), sources, Touched.subjects(from, to)));
			return new RelationshipEdit(relationship, event);
		});
	}

	/**
	 * Records a new relationship (the entities are locked and exist); its id is
	 * {@code from:TYPE:to}, or with {@code @validFrom} when that id was used before, as
	 * the seed names a repeated triple.
	 */
	String start(TransactionContext tx, String argument, String from, String type, String to,
			@Nullable FuzzyDate validFrom, @Nullable String note, List<Citation> sources, Edit edit) {
		String triple = from + ":" + type + ":" + to;
		Map<String, Boolean> existing = EditCypher.sameTriple(tx, from, type, to);
		if (existing.containsValue(true)) {
			String open = existing.entrySet().stream().filter(Map.Entry::getValue).findFirst().orElseThrow().getKey();
			throw new ConflictException(argument,
					"relationship %s is already recorded and has not ended; end it before starting it again"
						.formatted(open));
		}
		String id = triple;
		if (existing.containsKey(id)) {
			if (validFrom == null) {
				throw new BadArgumentException(argument + ".validFrom",
						"relationship %s was recorded before and has ended; give the new one's validFrom, which tells the two apart"
							.formatted(triple));
			}
			id = triple + "@" + validFrom;
			if (existing.containsKey(id)) {
				throw new ConflictException(argument, "relationship %s is already recorded".formatted(id));
			}
		}
		Map<String, @Nullable Object> content = new LinkedHashMap<>();
		content.put("id", id);
		content.putAll(StoredDates.from(validFrom));
		content.put("note", note);
		content.putAll(Citations.lists(sources));
		EditCypher.createRelationship(tx, from, type, to, Versions.first(edit, content));
		return id;
	}

	/**
	 * Ends an entity's open relationships on its last day (they must be locked through
	 * the entity), except REPLACED_BY links, which record a moment rather than a state;
	 * returns their ids.
	 */
	List<String> endOpen(TransactionContext tx, String entityId, FuzzyDate lastDay, List<Citation> sources, Edit edit) {
		List<String> ended = new ArrayList<>();
		for (RelationshipState state : EditCypher.openRelationships(tx, entityId, lastDay.last())) {
			if (!state.type().equals("REPLACED_BY")) {
				end(tx, state, lastDay, sources, edit);
				ended.add(state.id());
			}
		}
		return ended;
	}

	private static void end(TransactionContext tx, RelationshipState state, FuzzyDate validTo, List<Citation> sources,
			Edit edit) {
		Map<String, @Nullable Object> changes = new LinkedHashMap<>(StoredDates.to(validTo));
		changes.putAll(Citations.merged(state.props(), sources));
		Versions.supersedeRelationship(tx, edit, state, changes);
	}

	/**
	 * "Bridgend is in the area of Cwm Taf Morgannwg University Health Board", from the
	 * vocabulary, with the names in force on the date.
	 */
	private String sentence(Relationship relationship, LocalDate on) {
		String pattern = this.vocabulary.relationTypes()
			.stream()
			.filter(t -> t.type().equals(relationship.type()))
			.map(Vocabulary.RelationTypeInfo::direction)
			.findFirst()
			.orElse("`from` " + relationship.type() + " `to`");
		return pattern.replace("`from`", relationship.from().nameOn(on).name())
			.replace("`to`", relationship.to().nameOn(on).name());
	}

}
