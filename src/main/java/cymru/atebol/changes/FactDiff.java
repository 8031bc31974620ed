package cymru.atebol.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Citation;
import cymru.atebol.version.VersionEntry;

/**
 * Pairs the old and new version of each fact a dataset version touched and lists the
 * fields that differ. Record-keeping fields (version numbers, record times, who recorded
 * it, the search text) are left out: the version itself says when and by whom.
 */
final class FactDiff {

	private static final Set<String> BOOKKEEPING = Set.of("id", "version", "recordedFrom", "recordedTo",
			"versionRecordedFrom", "recordedBy", "otherNames", "sourceIds", "sourceSections");

	private FactDiff() {
	}

	static RecordChange change(VersionEntry version, List<Pair> pairs) {
		List<FactChange> changes = new ArrayList<>();
		Set<Citation> sources = new TreeSet<>(
				Comparator.comparing(Citation::sourceId).thenComparing((c) -> String.valueOf(c.section())));
		for (Pair pair : pairs) {
			FactChange change = pair.change();
			if (change != null) {
				changes.add(change);
			}
			if (pair.newValue != null) {
				sources.addAll(citations(pair.newValue));
			}
		}
		return new RecordChange(version, List.copyOf(sources), changes);
	}

	/** A fact's value before and after one version (either may be missing). */
	static final class Pair {

		private final String fact;

		private final String id;

		private @Nullable Map<String, @Nullable Object> oldValue;

		private @Nullable Map<String, @Nullable Object> newValue;

		Pair(String fact, String id) {
			this.fact = fact;
			this.id = id;
		}

		void set(boolean isNew, Map<String, @Nullable Object> value) {
			if (isNew) {
				this.newValue = value;
			}
			else {
				this.oldValue = value;
			}
		}

		/** The change, or null when nothing but record-keeping differs. */
		@Nullable FactChange change() {
			Set<String> names = new TreeSet<>();
			if (this.oldValue != null) {
				names.addAll(this.oldValue.keySet());
			}
			if (this.newValue != null) {
				names.addAll(this.newValue.keySet());
			}
			names.removeAll(BOOKKEEPING);
			names.add("sources");
			List<FieldChange> fields = new ArrayList<>();
			for (String name : names) {
				String before = text(this.oldValue, name);
				String after = text(this.newValue, name);
				if (before == null ? after != null : !before.equals(after)) {
					fields.add(new FieldChange(name, before, after));
				}
			}
			String kind = (this.oldValue == null) ? "CREATED" : (this.newValue == null) ? "SUPERSEDED" : "UPDATED";
			return (kind.equals("UPDATED") && fields.isEmpty()) ? null
					: new FactChange(this.fact, this.id, kind, fields);
		}

	}

	private static @Nullable String text(@Nullable Map<String, @Nullable Object> value, String field) {
		if (value == null) {
			return null;
		}
		if (field.equals("sources")) {
			List<Citation> citations = citations(value);
			return citations.isEmpty() ? null
					: citations.stream()
						.map((c) -> (c.section() != null) ? c.sourceId() + " § " + c.section() : c.sourceId())
						.collect(Collectors.joining("; "));
		}
		Object raw = value.get(field);
		if (field.equals("touched") && raw instanceof List<?> list) {
			raw = list.stream().map(String::valueOf).sorted().toList();
		}
		return text(raw);
	}

	private static @Nullable String text(@Nullable Object raw) {
		if (raw == null) {
			return null;
		}
		if (raw instanceof List<?> list) {
			return list.isEmpty() ? null : list.stream().map(FactDiff::text).collect(Collectors.joining("; "));
		}
		if (raw instanceof LocalDate date) {
			return date.toString();
		}
		if (raw instanceof ZonedDateTime time) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format(time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}
		if (raw instanceof OffsetDateTime time) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
		}
		return raw.toString();
	}

	private static List<Citation> citations(Map<String, @Nullable Object> value) {
		if (!(value.get("sourceIds") instanceof List<?> ids)) {
			return List.of();
		}
		List<?> sections = (value.get("sourceSections") instanceof List<?> list) ? list : List.of();
		Set<Citation> citations = new LinkedHashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String section = (i < sections.size()) ? String.valueOf(sections.get(i)) : "";
			citations.add(new Citation(String.valueOf(ids.get(i)), section.isEmpty() ? null : section));
		}
		return List.copyOf(citations);
	}

}
