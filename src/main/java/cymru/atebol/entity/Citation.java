package cymru.atebol.entity;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A source id and the place in it; {@code Citation.source} is loaded in one batch per
 * level.
 */
public record Citation(String sourceId, @Nullable String section) {

	/**
	 * Citations from the parallel {@code sourceIds} / {@code sourceSections} lists
	 * ({@code ""}: no section).
	 */
	static List<Citation> of(List<String> sourceIds, List<String> sections) {
		List<Citation> citations = new ArrayList<>(sourceIds.size());
		for (int i = 0; i < sourceIds.size(); i++) {
			String section = (i < sections.size()) ? sections.get(i) : "";
			citations.add(new Citation(sourceIds.get(i), section.isEmpty() ? null : section));
		}
		return citations;
	}

}
