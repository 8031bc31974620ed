package cymru.atebol.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import cymru.atebol.entity.Citation;
import cymru.atebol.history.ChangeEvent;
import cymru.atebol.history.HistoryValues;
import cymru.atebol.seed.FuzzyDate;

/**
 * The audit trail of edits: every edit records one change event (kind, date, description,
 * citations, the entities it touched and in which role, the relationships it wrote, the
 * editor and the moment), which {@code Query.changes}, {@code Entity.history} and
 * {@code Query.node} return like the seed's.
 */
final class ChangeEvents {

	private ChangeEvents() {
	}

	/**
	 * What an edit says happened.
	 *
	 * @param kind the change kind ({@code ESTABLISHED}, {@code RENAMED}...)
	 * @param subject the id the event's id is made from
	 * @param date the day it happened, as precisely as known
	 * @param description one sentence
	 * @param relationshipIds the relationships the edit started or ended
	 * @param sources the edit's citations
	 * @param touched the entities it touched, by role
	 */
	record Event(String kind, String subject, FuzzyDate date, String description, List<String> relationshipIds,
			List<Citation> sources, List<Touched> touched) {
	}

	/** An entity an event touched, and its role (SUBJECT, PREDECESSOR, SUCCESSOR). */
	record Touched(String id, String role) {

		static List<Touched> subjects(String... ids) {
			return roles("SUBJECT", List.of(ids));
		}

		static List<Touched> roles(String role, List<String> ids) {
			return ids.stream().map(id -> new Touched(id, role)).toList();
		}

	}

	/** Records the event in the edit's transaction and returns it as the API shows it. */
	static ChangeEvent record(TransactionContext tx, Edit edit, Event event) {
		String id = "edit-" + event.kind().toLowerCase().replace('_', '-') + "-" + event.subject() + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		Map<String, @Nullable Object> props = new LinkedHashMap<>();
		props.put("id", id);
		props.put("kind", event.kind());
		props.put("date", event.date().first());
		props.put("datePrecision", event.date().precision().name());
		props.put("description", event.description());
		props.put("relationshipIds", new ArrayList<>(event.relationshipIds()));
		props.put("derived", false);
		props.putAll(Citations.lists(event.sources()));
		List<Map<String, Object>> touched = event.touched()
			.stream()
			.map(t -> Map.<String, Object>of("id", t.id(), "role", t.role()))
			.toList();
		EditCypher.recordEvent(tx, Versions.first(edit, props), touched);
		return HistoryValues.event(EditCypher.event(tx, id), null);
	}

}
