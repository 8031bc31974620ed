package cymru.atebol.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.GraphValues;
import cymru.atebol.entity.Relationship;
import cymru.atebol.limits.QueryLimits;
import cymru.atebol.seed.Vocabulary;
import cymru.atebol.system.Arguments;
import cymru.atebol.system.BadArgumentException;
import cymru.atebol.system.Connection;
import cymru.atebol.system.Cursors;
import cymru.atebol.system.Today;

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
		Record row = this.queries.changes(from, to, entity, (kinds == null || kinds.isEmpty()) ? null : kinds,
				recordedAsOf, offset, size);
		List<ChangeEvent> page = row.get("page").asList(c -> HistoryValues.event(c, recordedAsOf));
		return Connection.of(page, offset, row.get("total").asInt());
	}

	@QueryMapping
	StructuralDiff diff(@Argument LocalDate from, @Argument LocalDate to,
			@Argument @Nullable OffsetDateTime recordedAsOf) {
		ordered(from, to);
		Record row = this.queries.diff(from, to, recordedAsOf);
		List<Entity> added = row.get("added").asList(e -> GraphValues.entity(e, to, recordedAsOf));
		List<Entity> removed = row.get("removed").asList(e -> GraphValues.entity(e, from, recordedAsOf));
		List<StructuralDiff.Rename> renamed = new ArrayList<>();
		for (Entity entity : row.get("named").asList(e -> GraphValues.entity(e, to, recordedAsOf))) {
			String before = entity.nameOn(from).name();
			String after = entity.nameOn(to).name();
			if (entity.existsOn(from) && entity.existsOn(to) && !before.equals(after)) {
				renamed.add(new StructuralDiff.Rename(entity, before, after));
			}
		}
		List<Relationship> started = new ArrayList<>();
		List<Relationship> ended = new ArrayList<>();
		for (Value change : row.get("changed").asList(v -> v)) {
			boolean starts = change.get("started").asBoolean();
			LocalDate on = starts ? to : from;
			Relationship relationship = GraphValues.relationship(change.get("relationship"),
					GraphValues.entity(change.get("from"), on, recordedAsOf),
					GraphValues.entity(change.get("to"), on, recordedAsOf));
			(starts ? started : ended).add(relationship);
		}
		List<ChangeEvent> events = row.get("events").asList(c -> HistoryValues.event(c, recordedAsOf));
		return new StructuralDiff(from, to, byName(added), byName(removed), renamed, started, ended, events);
	}

	@BatchMapping(typeName = "Entity")
	Map<Entity, EntityHistory> history(List<Entity> entities) {
		Map<Entity, EntityHistory> histories = new HashMap<>();
		Map<OffsetDateTime, List<Entity>> byRecordTime = entities.stream()
			.collect(Collectors.groupingBy(e -> Objects.requireNonNullElse(e.recordedAsOf(), OffsetDateTime.MIN)));
		LocalDate today = this.today.date();
		byRecordTime.forEach((recordTime, group) -> {
			OffsetDateTime recordedAsOf = OffsetDateTime.MIN.equals(recordTime) ? null : recordTime;
			Timeline timeline = new Timeline(this.vocabulary, recordedAsOf);
			Map<String, EntityHistory> byId = new HashMap<>();
			for (Record row : this.queries.timelines(group.stream().map(Entity::id).distinct().toList(),
					recordedAsOf)) {
				byId.put(row.get("id").asString(), timeline.of(row, today));
			}
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
	 * The relationships an event ended or began, as recorded at the event's record time.
	 */
	@BatchMapping(typeName = "ChangeEvent")
	Map<ChangeEvent, List<Relationship>> relationships(List<ChangeEvent> events) {
		Map<ChangeEvent, List<Relationship>> result = new LinkedHashMap<>();
		Map<OffsetDateTime, List<ChangeEvent>> byRecordTime = events.stream()
			.collect(Collectors.groupingBy(e -> Objects.requireNonNullElse(e.recordedAsOf(), OffsetDateTime.MIN)));
		byRecordTime.forEach((recordTime, group) -> {
			OffsetDateTime recordedAsOf = OffsetDateTime.MIN.equals(recordTime) ? null : recordTime;
			List<Map<String, String>> keys = group.stream()
				.flatMap(e -> e.relationshipIds().stream())
				.distinct()
				.map(RelationshipIds::key)
				.filter(Objects::nonNull)
				.toList();
			Map<String, Record> rows = new HashMap<>();
			this.queries.relationships(keys, recordedAsOf).forEach(r -> rows.put(r.get("id").asString(), r));
			for (ChangeEvent event : group) {
				List<Relationship> relationships = new ArrayList<>();
				for (String id : event.relationshipIds()) {
					Record row = rows.get(id);
					if (row != null) {
						relationships.add(GraphValues.relationship(row.get("relationship"),
								GraphValues.entity(row.get("from"), event.date(), recordedAsOf),
								GraphValues.entity(row.get("to"), event.date(), recordedAsOf)));
					}
				}
				result.put(event, relationships);
			}
		});
		return result;
	}

	/**
	 * The entities an event touched (in one role, or all), viewed on the event's date.
	 */
	private Map<ChangeEvent, List<Entity>> touched(List<ChangeEvent> events, @Nullable String role) {
		List<String> ids = events.stream().flatMap(e -> e.entityIds(role).stream()).distinct().toList();
		Map<String, Value> rows = new HashMap<>();
		this.queries.entities(ids).forEach(r -> rows.put(r.get("id").asString(), r.get("entity")));
		Map<ChangeEvent, List<Entity>> result = new LinkedHashMap<>();
		for (ChangeEvent event : events) {
			result.put(event,
					event.entityIds(role)
						.stream()
						.filter(rows::containsKey)
						.map(id -> GraphValues.entity(rows.get(id), event.date(), event.recordedAsOf()))
						.toList());
		}
		return result;
	}

	private static List<Entity> byName(List<Entity> entities) {
		return entities.stream()
			.sorted(java.util.Comparator.comparing((Entity e) -> e.nameOn(e.asOf()).name()))
			.toList();
	}

	private static void ordered(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadArgumentException("to", "must not be before 'from' (%s), was %s".formatted(from, to));
		}
	}

}
