package cymru.atebol.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.seed.Vocabulary;

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

	private final @Nullable OffsetDateTime recordedAsOf;

	Timeline(Vocabulary vocabulary, @Nullable OffsetDateTime recordedAsOf) {
		this.sentences = vocabulary.relationTypes()
			.stream()
			.collect(Collectors.toMap(Vocabulary.RelationTypeInfo::type, Vocabulary.RelationTypeInfo::direction));
		this.recordedAsOf = recordedAsOf;
	}

	EntityHistory of(Record row, LocalDate today) {
		Value self = row.get("entity");
		List<EntityHistory.Entry> entries = new ArrayList<>();
		for (Value item : row.get("relationships").asList(v -> v)) {
			Value r = item.get("relationship");
			Value other = item.get("other");
			LocalDate from = r.get("validFrom").isNull() ? null : r.get("validFrom").asLocalDate();
			LocalDate to = r.get("validTo").isNull() ? null : r.get("validTo").asLocalDate();
			Relationship atStart = relationship(r, self, other, (from != null) ? from : today);
			entries.add(new EntityHistory.Entry(from, r.get("validFromPrecision").asString(null),
					((from != null) ? "Began: " : "Since a date not recorded: ") + sentence(atStart), null, atStart,
					true));
			if (to != null) {
				Relationship atEnd = relationship(r, self, other, to);
				entries.add(new EntityHistory.Entry(to, r.get("validToPrecision").asString(null),
						"Ended (last day it held): " + sentence(atEnd), null, atEnd, false));
			}
		}
		List<ChangeEvent> events = row.get("events")
			.asList(c -> HistoryValues.event(c, this.recordedAsOf))
			.stream()
			.sorted(Comparator.comparing(ChangeEvent::date).thenComparing(ChangeEvent::id))
			.toList();
		for (ChangeEvent event : events) {
			entries.add(new EntityHistory.Entry(event.date(), event.datePrecision(), event.description(), event, null,
					null));
		}
		entries.sort(DATE_ORDER);
		Entity entity = GraphValues.entity(self, today, this.recordedAsOf);
		return new EntityHistory(entity.names(), entries, events);
	}

	private Relationship relationship(Value r, Value self, Value other, LocalDate on) {
		boolean outgoing = r.get("fromId").asString().equals(self.get("id").asString());
		Entity me = GraphValues.entity(self, on, this.recordedAsOf);
		Entity them = GraphValues.entity(other, on, this.recordedAsOf);
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
