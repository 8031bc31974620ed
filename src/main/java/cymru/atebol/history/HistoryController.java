package cymru.atebol.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Relationship;
import cymru.atebol.limits.QueryLimits;
import cymru.atebol.seed.Vocabulary;
import cymru.atebol.system.Arguments;
import cymru.atebol.system.BadArgumentException;
import cymru.atebol.system.Connection;
import cymru.atebol.system.Cursors;
import cymru.atebol.system.Today;
import cymru.atebol.time.At;

/**
 * {@code Query.changes}, {@code Query.diff}, {@code Entity.history} and the
 * {@code ChangeEvent} fields that read the graph (each one query per level, for every
 * parent at once).
 */
@Controller
class HistoryController {

	private final HistoryQueries queries;

	private final Vocabulary vocabulary;

	private final Today today;

	private final QueryLimits limits;

	HistoryController(HistoryQueries queries, Vocabulary vocabulary, Today today, QueryLimits limits) {
		this.queries = queries;
		this.vocabulary = vocabulary;
		this.today = today;
		this.limits = limits;
	}

	@QueryMapping
	Connection<ChangeEvent> changes(@Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to,
			@Argument @Nullable String entity, @Argument @Nullable List<String> kinds,
			@Argument @Nullable OffsetDateTime recordedAsOf, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment env) {
		ordered(from, to);
		int size = Arguments.within(env, "first", first, 0, this.limits.maxPageSize());
		int offset = Cursors.startAfter(after, "after");
		return this.queries.changes(from, to, entity, (kinds == null || kinds.isEmpty()) ? null : kinds, recordedAsOf,
				offset, size);
	}

	@QueryMapping
	StructuralDiff diff(@Argument LocalDate from, @Argument LocalDate to,
			@Argument @Nullable OffsetDateTime recordedAsOf, @Argument @Nullable Boolean datesKnown) {
		ordered(from, to);
		HistoryQueries.Diff diff = this.queries.diff(from, to, recordedAsOf, Boolean.TRUE.equals(datesKnown));
		List<StructuralDiff.Rename> renamed = new ArrayList<>();
		for (Entity entity : diff.named()) {
			String before = entity.nameOn(from).name();
			String after = entity.nameOn(to).name();
			if (!before.equals(after)) {
				renamed.add(new StructuralDiff.Rename(entity, before, after));
			}
		}
		return new StructuralDiff(from, to, byName(diff.added()), byName(diff.removed()), renamed, diff.started(),
				diff.ended(), diff.events());
	}

	@BatchMapping(typeName = "Entity")
	Map<Entity, EntityHistory> history(List<Entity> entities) {
		Map<Entity, EntityHistory> histories = new HashMap<>();
		Map<OffsetDateTime, List<Entity>> byRecordTime = entities.stream()
			.collect(Collectors.groupingBy(e -> Objects.requireNonNullElse(e.recordedAsOf(), OffsetDateTime.MIN)));
		LocalDate today = this.today.date();
		byRecordTime.forEach((recordTime, group) -> {
			OffsetDateTime recordedAsOf = OffsetDateTime.MIN.equals(recordTime) ? null : recordTime;
			Timeline timeline = new Timeline(this.vocabulary);
			Map<String, EntityHistory> byId = this.queries.timelines(group.stream().map(Entity::id).distinct().toList(),
					timeline, new At(today, recordedAsOf, false));
			group.forEach(entity -> histories.put(entity, byId.get(entity.id())));
		});
		return histories;
	}

	@BatchMapping(typeName = "ChangeEvent")
	Map<ChangeEvent, List<Entity>> entities(List<ChangeEvent> events) {
		return touched(events, null);
	}

	@BatchMapping(typeName = "ChangeEvent")
	Map<ChangeEvent, List<Entity>> predecessors(List<ChangeEvent> events) {
		return touched(events, "PREDECESSOR");
	}

	@BatchMapping(typeName = "ChangeEvent")
	Map<ChangeEvent, List<Entity>> successors(List<ChangeEvent> events) {
		return touched(events, "SUCCESSOR");
	}

	/**
	 * The relationships an event ended or began, as recorded at the event's record time
	 * and viewed on its date.
	 */
	@BatchMapping(typeName = "ChangeEvent")
	Map<ChangeEvent, List<Relationship>> relationships(List<ChangeEvent> events) {
		List<HistoryQueries.RelationshipRequest> requests = new ArrayList<>();
		for (ChangeEvent event : events) {
			for (String id : event.relationshipIds()) {
				requests.add(new HistoryQueries.RelationshipRequest(id, moment(event)));
			}
		}
		List<@Nullable Relationship> found = this.queries.relationships(requests);
		Map<ChangeEvent, List<Relationship>> result = new LinkedHashMap<>();
		int next = 0;
		for (ChangeEvent event : events) {
			List<Relationship> relationships = new ArrayList<>();
			for (int i = 0; i < event.relationshipIds().size(); i++) {
				Relationship relationship = found.get(next++);
				if (relationship != null) {
					relationships.add(relationship);
				}
			}
			result.put(event, relationships);
		}
		return result;
	}

	/**
	 * The entities an event touched (in one role, or all), viewed on the event's date.
	 */
	private Map<ChangeEvent, List<Entity>> touched(List<ChangeEvent> events, @Nullable String role) {
		List<HistoryQueries.EntityRequest> requests = new ArrayList<>();
		for (ChangeEvent event : events) {
			for (String id : event.entityIds(role)) {
				requests.add(new HistoryQueries.EntityRequest(id, moment(event)));
			}
		}
		List<@Nullable Entity> found = this.queries.entities(requests);
		Map<ChangeEvent, List<Entity>> result = new LinkedHashMap<>();
		int next = 0;
		for (ChangeEvent event : events) {
			List<Entity> entities = new ArrayList<>();
			for (int i = 0; i < event.entityIds(role).size(); i++) {
				Entity entity = found.get(next++);
				if (entity != null) {
					entities.add(entity);
				}
			}
			result.put(event, entities);
		}
		return result;
	}

	/** An event's date, at the record time it was read at. */
	private static At moment(ChangeEvent event) {
		return new At(event.date(), event.recordedAsOf(), false);
	}

	private static List<Entity> byName(List<Entity> entities) {
		return entities.stream().sorted(Comparator.comparing((Entity e) -> e.nameOn(e.asOf()).name())).toList();
	}

	private static void ordered(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadArgumentException("to", "must not be before 'from' (%s), was %s".formatted(from, to));
		}
	}

}
