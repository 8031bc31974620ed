package cymru.atebol.export;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Citation;
import cymru.atebol.entity.Entity;

/**
 * The attributes every network file gives its nodes and edges, in one order, so that a
 * GraphML, GEXF, node-link or spell file of the same graph carries the same columns.
 * Values are text (dates as ISO {@code YYYY-MM-DD}, lists joined with {@code "; "},
 * citations as {@code source-id § section}) except {@code upward}, a boolean; an absent
 * value is left out.
 */
final class NetworkColumns {

	/**
	 * One attribute: its name, its type ({@code string} or {@code boolean}) and value.
	 */
	record Column<T>(String name, String type, Function<T, @Nullable Object> value) {

		static <T> Column<T> text(String name, Function<T, @Nullable Object> value) {
			return new Column<>(name, "string", value);
		}

		@Nullable String text(T item) {
			Object value = this.value.apply(item);
			String text = (value != null) ? String.valueOf(value) : "";
			return text.isEmpty() ? null : text;
		}

	}

	/**
	 * The names a node had on the file's date; the dynamic GEXF gives them as values that
	 * change over time instead.
	 */
	static final List<Column<NetworkNode>> NAMES = List.of(Column.text("name", (n) -> n.name().name()),
			Column.text("nameCy", (n) -> n.name().nameCy()), Column.text("shortName", (n) -> n.name().shortName()));

	static final List<Column<NetworkNode>> NODE = List.of(Column.text("kind", (n) -> n.entity().kind()),
			Column.text("currentName", (n) -> n.entity().currentName()),
			Column.text("description", (n) -> n.entity().description()),
			Column.text("validFrom", (n) -> n.entity().validFrom()),
			Column.text("validFromPrecision", (n) -> n.entity().validFromPrecision()),
			Column.text("validTo", (n) -> n.entity().validTo()),
			Column.text("validToPrecision", (n) -> n.entity().validToPrecision()),
			Column.text("startBasis", (n) -> n.start().basis().name()),
			Column.text("startDate", (n) -> n.start().date()),
			Column.text("startPrecision", (n) -> n.start().precision()),
			Column.text("odsCode", (n) -> n.entity().codes().ods()),
			Column.text("onsCode", (n) -> n.entity().codes().ons()),
			Column.text("wikidataId", (n) -> n.entity().codes().wikidata()),
			Column.text("gpClusterCode", (n) -> n.entity().codes().gpCluster()),
			Column.text("aliases", (n) -> joined(n.entity().aliases())),
			Column.text("formerNames", NetworkColumns::formerNames),
			Column.text("sources", (n) -> citations(n.entity().sources())),
			Column.text("note", (n) -> n.entity().note()));

	static final List<Column<NetworkEdge>> EDGE = List.of(Column.text("type", NetworkEdge::type),
			new Column<>("upward", "boolean", NetworkEdge::upward), Column.text("validFrom", NetworkEdge::validFrom),
			Column.text("validFromPrecision", NetworkEdge::validFromPrecision),
			Column.text("validTo", NetworkEdge::validTo),
			Column.text("validToPrecision", NetworkEdge::validToPrecision),
			Column.text("startBasis", (e) -> e.start().basis().name()),
			Column.text("startDate", (e) -> e.start().date()),
			Column.text("startPrecision", (e) -> e.start().precision()),
			Column.text("sources", (e) -> citations(e.sources())), Column.text("note", NetworkEdge::note));

	private NetworkColumns() {
	}

	static String citations(List<Citation> citations) {
		return String.join("; ",
				citations.stream()
					.map((c) -> (c.section() != null) ? c.sourceId() + " § " + c.section() : c.sourceId())
					.toList());
	}

	private static @Nullable String joined(List<String> values) {
		return values.isEmpty() ? null : String.join("; ", values);
	}

	/** Former names with their dates: {@code Name (2009-10-01..2019-03-31)}. */
	private static @Nullable String formerNames(NetworkNode node) {
		Entity entity = node.entity();
		return joined(entity.formerNames()
			.stream()
			.map((n) -> n.name() + " (" + text(n.validFrom()) + ".." + text(n.validTo()) + ")")
			.toList());
	}

	private static String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
