package cymru.atebol.editing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The input objects of {@code schema/editing.graphqls}, bound from the mutations'
 * {@code input} argument. Enum values (kinds, relationship types) arrive as their names.
 */
final class EditInputs {

	private EditInputs() {
	}

	record CitationInput(@Nullable String sourceId, @Nullable String url, @Nullable String title,
			@Nullable String publisher, @Nullable String section) {
	}

	record CodesInput(@Nullable String ods, @Nullable String wikidata, @Nullable String ons,
			@Nullable String gpCluster) {
	}

	record CreateEntityInput(String id, String kind, String name, @Nullable String nameCy, @Nullable String shortName,
			@Nullable List<String> aliases, @Nullable String description, @Nullable String note,
			@Nullable String validFrom, @Nullable CodesInput codes, List<CitationInput> sources) {
	}

	record UpdateEntityInput(String id, int expectedVersion, @Nullable String kind, @Nullable String nameCy,
			@Nullable String shortName, @Nullable List<String> aliases, @Nullable String description,
			@Nullable String note, @Nullable String validFrom, @Nullable CodesInput codes,
			List<CitationInput> sources) {
	}

	record RenameEntityInput(String id, int expectedVersion, String name, @Nullable String nameCy,
			@Nullable String shortName, String date, List<CitationInput> sources) {
	}

	record DissolveEntityInput(String id, int expectedVersion, String date, @Nullable String description,
			List<CitationInput> sources) {
	}

	record VersionedEntityInput(String id, int expectedVersion) {
	}

	record ReplaceEntitiesInput(List<VersionedEntityInput> predecessors, List<VersionedEntityInput> successors,
			String date, String description, List<CitationInput> sources) {
	}

	record StartRelationshipInput(String from, String type, String to, @Nullable String validFrom,
			@Nullable String note, List<CitationInput> sources) {
	}

	record EndRelationshipInput(String id, int expectedVersion, String validTo, List<CitationInput> sources) {
	}

}
