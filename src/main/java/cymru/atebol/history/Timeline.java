package cymru.atebol.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.seed.Vocabulary;
import cymru.atebol.time.At;
import cymru.atebol.time.Start;

/**
 * Builds an entity's timeline from its relationships and events: each relationship gives
 * an entry when it began and one when it ended, worded with the vocabulary's sentence for
 * its type and the names in force on that date.
 */
final class Timeline {

	private static final Comparator<EntityHistory.Entry> DATE_ORDER = Comparator
		.comparing(EntityHistory.Entry::date, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(entry -> (entry.event() != null) ? 0 : 1);

	private final Map<String, String> sentences;

	Timeline(Vocabulary vocabulary) {
		this.sentences = vocabulary.relationTypes()
			.stream()
			.collect(Collectors.toMap(Vocabulary.RelationTypeInfo::type, Vocabulary.RelationTypeInfo::direction));
	}

	/**
	 * The timeline from a row of the timelines query: each relationship's start as it is
	 * known ({@link Start}) and its last day, and the events, in date order.
	 */
	EntityHistory of(Record row, At at) {
		Value self = row.get("entity");
		List<EntityHistory.Entry> entries = new ArrayList<>();
		for (Value item : row.get("relationships").asList(v -> v)) {
			Value r = item.get("relationship");
			Value other = item.get("other");
			Relationship now = relationship(r, self, other, at);
			Start start = now.start();
			Relationship atStart = (start.date() != null) ? relationship(r, self, other, at.on(start.date())) : now;
			entries.add(new EntityHistory.Entry(start.date(), start.precision(), began(start) + sentence(atStart), null,
					atStart, true));
			LocalDate last = now.lastDay();
			if (last != null) {
				Relationship atEnd = relationship(r, self, other, at.on(last));
				String precision = last.equals(now.validTo()) ? now.validToPrecision() : null;
				entries.add(new EntityHistory.Entry(last, precision, "Ended (last day it held): " + sentence(atEnd),
						null, atEnd, false));
			}
		}
		List<ChangeEvent> events = row.get("events")
			.asList(c -> HistoryValues.event(c, at.recordedAsOf()))
			.stream()
			.sorted(Comparator.comparing(ChangeEvent::date).thenComparing(ChangeEvent::id))
			.toList();
		for (ChangeEvent event : events) {
			entries.add(new EntityHistory.Entry(event.date(), event.datePrecision(), event.description(), event, null,
					null));
		}
		entries.sort(DATE_ORDER);
		return new EntityHistory(GraphValues.entity(self, at).names(), entries, events);
	}

	private static String began(Start start) {
		return switch (start.basis()) {
			case SOURCED -> "Began: ";
			case BOUNDED -> "Began on or after this date (its own start is not recorded): ";
			case BOUNDED_BY_ENDS -> "Began when both ends existed, or later (its own start is not recorded): ";
			case EVIDENCED -> "Held by this date, the earliest a source shows it (its start is not recorded): ";
			case UNKNOWN -> "Since a date not recorded: ";
		};
	}

	private static Relationship relationship(Value r, Value self, Value other, At at) {
		boolean outgoing = r.get("fromId").asString().equals(self.get("id").asString());
		Entity me = GraphValues.entity(self, at);
		Entity them = GraphValues.entity(other, at);
		return outgoing ? GraphValues.relationship(r, me, them) : GraphValues.relationship(r, them, me);
	}

	/**
	 * "Bridgend is in the area of Cwm Taf University Health Board", with the names on the
	 * entry's date.
	 */
	String sentence(Relationship relationship) {
		String pattern = this.sentences.getOrDefault(relationship.type(), "`from` " + relationship.type() + " `to`");
		return pattern.replace("`from`", relationship.from().nameOn(relationship.from().asOf()).name())
			.replace("`to`", relationship.to().nameOn(relationship.to().asOf()).name());
	}

}
