package cymru.atebol.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cymru.atebol.entity.Citation;
import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Name;
import cymru.atebol.entity.Relationship;
import cymru.atebol.time.Start;

/**
 * Entities and relationships as the exports' rows: the names in force on the date, codes,
 * dates with how the start is known ({@code startBasis}, {@code start},
 * {@code startPrecision}), and citations as parallel id and section lists.
 */
final class SnapshotRows {

	private SnapshotRows() {
	}

	static Map<String, Object> entity(Entity entity) {
		Map<String, Object> row = new HashMap<>();
		Name name = entity.nameOn(entity.asOf());
		row.put("id", entity.id());
		row.put("name", name.name());
		row.put("nameCy", name.nameCy());
		row.put("shortName", name.shortName());
		row.put("kind", entity.kind());
		row.put("description", entity.description());
		dates(row, entity.validFrom(), entity.validFromPrecision(), entity.validTo(), entity.validToPrecision(),
				entity.start());
		row.put("odsCode", entity.codes().ods());
		row.put("wikidataId", entity.codes().wikidata());
		row.put("onsCode", entity.codes().ons());
		row.put("gpClusterCode", entity.codes().gpCluster());
		citations(row, entity.sources());
		row.put("note", entity.note());
		return row;
	}

	static Map<String, Object> relationship(Relationship relationship) {
		Map<String, Object> row = new HashMap<>();
		LocalDate on = relationship.from().asOf();
		row.put("id", relationship.id());
		row.put("type", relationship.type());
		row.put("fromId", relationship.from().id());
		row.put("fromName", relationship.from().nameOn(on).name());
		row.put("fromKind", relationship.from().kind());
		row.put("toId", relationship.to().id());
		row.put("toName", relationship.to().nameOn(on).name());
		row.put("toKind", relationship.to().kind());
		dates(row, relationship.validFrom(), relationship.validFromPrecision(), relationship.validTo(),
				relationship.validToPrecision(), relationship.start());
		citations(row, relationship.sources());
		row.put("note", relationship.note());
		return row;
	}

	private static void dates(Map<String, Object> row, LocalDate validFrom, String validFromPrecision,
			LocalDate validTo, String validToPrecision, Start start) {
		row.put("validFrom", validFrom);
		row.put("validFromPrecision", validFromPrecision);
		row.put("validTo", validTo);
		row.put("validToPrecision", validToPrecision);
		row.put("startBasis", start.basis().name());
		row.put("start", start.date());
		row.put("startPrecision", start.precision());
	}

	private static void citations(Map<String, Object> row, List<Citation> citations) {
		row.put("sourceIds", citations.stream().map(Citation::sourceId).toList());
		row.put("sourceSections", citations.stream().map((c) -> (c.section() != null) ? c.section() : "").toList());
	}

}
