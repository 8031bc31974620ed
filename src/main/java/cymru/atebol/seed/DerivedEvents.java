package cymru.atebol.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import cymru.atebol.seed.Seed.Citation;

/**
 * The change events the seed states through its dates: an entity's start (ESTABLISHED)
 * and end (DISSOLVED), the end of a name (RENAMED) and REPLACED_BY links (REPLACED,
 * grouped by date so a merger is one event). An event recorded explicitly in
 * {@code events.yaml} takes the place of the derived one it covers.
 */
final class DerivedEvents {

	private final Seed seed;

	private final Map<String, Seed.Entity> entities;

	private DerivedEvents(Seed seed) {
		this.seed = seed;
		this.entities = seed.entities()
			.stream()
			.collect(Collectors.toMap(Seed.Entity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The explicit events plus every derived event they do not cover, in date order. */
	static List<Seed.Event> all(Seed seed) {
		return new DerivedEvents(seed).derive();
	}

	private List<Seed.Event> derive() {
		List<Seed.Event> events = new ArrayList<>(this.seed.events());
		List<Seed.Event> replacements = replacements();
		events.addAll(replacements);
		Set<String> replaced = new HashSet<>();
		events.stream().filter(e -> e.kind().equals("REPLACED")).forEach(e -> replaced.addAll(e.predecessors()));
		for (Seed.Entity entity : this.entities.values()) {
			if (entity.validFrom() != null && !explicit("ESTABLISHED", entity.id())) {
				events.add(event("ESTABLISHED", "established-" + entity.id(), entity.validFrom(),
						nameOn(entity, entity.validFrom()) + " was established", List.of(entity.id()), List.of(),
						List.of(), List.of(), entity.sources()));
			}
			if (entity.validTo() != null && !replaced.contains(entity.id()) && !explicit("DISSOLVED", entity.id())) {
				events.add(event("DISSOLVED", "dissolved-" + entity.id(), entity.validTo().following(),
						nameOn(entity, entity.validTo()) + " ceased to exist", List.of(entity.id()), List.of(),
						List.of(), List.of(), entity.sources()));
			}
			if (!explicit("RENAMED", entity.id())) {
				events.addAll(renames(entity));
			}
		}
		events.sort(Comparator.comparing(Seed.Event::date).thenComparing(Seed.Event::id));
		return List.copyOf(events);
	}

	private boolean explicit(String kind, String entityId) {
		return this.seed.events()
			.stream()
			.anyMatch(e -> e.kind().equals(kind) && (e.entities().contains(entityId)
					|| e.predecessors().contains(entityId) || e.successors().contains(entityId)));
	}

	private List<Seed.Event> renames(Seed.Entity entity) {
		List<Seed.Name> names = entity.names()
			.stream()
			.filter(n -> n.validTo() != null)
			.sorted(Comparator.comparing(Seed.Name::validTo))
			.toList();
		List<Seed.Event> events = new ArrayList<>();
		for (Seed.Name former : names) {
			FuzzyDate date = former.validTo().following();
			String next = nameOn(entity, date);
			if (next.equals(former.name())) {
				continue;
			}
			events.add(event("RENAMED", "renamed-" + entity.id() + "-" + date, date,
					former.name() + " was renamed " + next, List.of(entity.id()), List.of(), List.of(), List.of(),
					former.sources()));
		}
		return events;
	}

	/** REPLACED_BY links grouped into one event per date and connected set of bodies. */
	private List<Seed.Event> replacements() {
		Map<FuzzyDate, List<Seed.Relationship>> byDate = new LinkedHashMap<>();
		for (Seed.Relationship link : this.seed.relationships()) {
			if (link.type().equals("REPLACED_BY")) {
				FuzzyDate date = effectiveDate(link);
				if (date != null) {
					byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(link);
				}
			}
		}
		List<Seed.Event> events = new ArrayList<>();
		byDate.forEach((date, links) -> {
			for (List<Seed.Relationship> group : connected(links)) {
				Set<String> predecessors = group.stream()
					.map(Seed.Relationship::from)
					.collect(Collectors.toCollection(LinkedHashSet::new));
				Set<String> successors = group.stream()
					.map(Seed.Relationship::to)
					.collect(Collectors.toCollection(LinkedHashSet::new));
				if (coveredByExplicit(predecessors)) {
					continue;
				}
				String first = successors.iterator().next();
				List<Citation> sources = group.stream().flatMap(l -> l.sources().stream()).distinct().toList();
				events.add(event("REPLACED", "replaced-" + date + "-" + first, date,
						names(predecessors, date, true) + ((predecessors.size() == 1) ? " was" : " were")
								+ " replaced by " + names(successors, date, false),
						List.of(), group.stream().map(Seed.Relationship::id).toList(), List.copyOf(predecessors),
						List.copyOf(successors), sources));
			}
		});
		return events;
	}

	private @Nullable FuzzyDate effectiveDate(Seed.Relationship link) {
		if (link.validFrom() != null) {
			return link.validFrom();
		}
		Seed.Entity predecessor = this.entities.get(link.from());
		if (predecessor != null && predecessor.validTo() != null) {
			return predecessor.validTo().following();
		}
		Seed.Entity successor = this.entities.get(link.to());
		return (successor != null) ? successor.validFrom() : null;
	}

	private boolean coveredByExplicit(Set<String> predecessors) {
		return this.seed.events()
			.stream()
			.anyMatch(e -> e.kind().equals("REPLACED") && e.predecessors().containsAll(predecessors));
	}

	private static List<List<Seed.Relationship>> connected(List<Seed.Relationship> links) {
		List<List<Seed.Relationship>> groups = new ArrayList<>();
		List<Set<String>> members = new ArrayList<>();
		for (Seed.Relationship link : links) {
			List<Integer> touching = new ArrayList<>();
			for (int i = 0; i < members.size(); i++) {
				if (members.get(i).contains(link.from()) || members.get(i).contains(link.to())) {
					touching.add(i);
				}
			}
			List<Seed.Relationship> group = new ArrayList<>(List.of(link));
			Set<String> ids = new HashSet<>(Set.of(link.from(), link.to()));
			for (int i = touching.size() - 1; i >= 0; i--) {
				int index = touching.get(i);
				group.addAll(0, groups.remove(index));
				ids.addAll(members.remove(index));
			}
			groups.add(group);
			members.add(ids);
		}
		return groups;
	}

	private String names(Set<String> ids, FuzzyDate date, boolean before) {
		List<String> names = ids.stream().map(id -> {
			Seed.Entity entity = this.entities.get(id);
			if (entity == null) {
				return id;
			}
			return before && entity.validTo() != null ? nameOn(entity, entity.validTo()) : nameOn(entity, date);
		}).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	/** The name in force on a date: a dated former name, else the current name. */
	static String nameOn(Seed.Entity entity, FuzzyDate date) {
		for (Seed.Name name : entity.names()) {
			boolean started = name.validFrom() == null || !name.validFrom().first().isAfter(date.first());
			boolean notEnded = name.validTo() != null && !name.validTo().last().isBefore(date.first());
			if (started && notEnded) {
				return name.name();
			}
		}
		return entity.name();
	}

	private static Seed.Event event(String kind, String id, FuzzyDate date, String description, List<String> entities,
			List<String> relationships, List<String> predecessors, List<String> successors, List<Citation> sources) {
		return new Seed.Event(new Seed.Where("(derived)", 0), id, kind, date, description, entities, relationships,
				predecessors, successors, sources, true);
	}

}
