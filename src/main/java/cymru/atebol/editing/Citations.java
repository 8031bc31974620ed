package cymru.atebol.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

import cymru.atebol.editing.EditInputs.CitationInput;
import cymru.atebol.entity.Citation;
import cymru.atebol.seed.FactRules;
import cymru.atebol.system.BadArgumentException;

/**
 * Resolves an edit's citations inside its transaction: a {@code sourceId} must name a
 * source in the graph; a {@code url} names the source with that url, or adds one (its id
 * derived from the url, so the same page cited twice is one source), recorded by the
 * editor.
 */
final class Citations {

	private Citations() {
	}

	/**
	 * The id of the source for a url: {@code web-} and the start of the url's SHA-256.
	 */
	static String sourceId(String url) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
			StringBuilder hex = new StringBuilder("web-");
			for (int i = 0; i < 6; i++) {
				hex.append(String.format("%02x", digest[i]));
			}
			return hex.toString();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The citations as stored, in the order given; {@code argument} is the list's path.
	 */
	static List<Citation> resolve(TransactionContext tx, String argument, List<CitationInput> inputs, Edit edit) {
		List<String> ids = inputs.stream().map(CitationInput::sourceId).filter(id -> id != null).toList();
		Set<String> known = new HashSet<>(EditCypher.knownSources(tx, ids));
		List<Citation> citations = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			CitationInput input = inputs.get(i);
			String section = (input.section() != null && !input.section().isBlank()) ? input.section().strip() : null;
			if (input.sourceId() != null && !input.sourceId().isBlank()) {
				if (!known.contains(input.sourceId())) {
					FactRules.Problem problem = FactRules.unknownSource(input.sourceId(), known,
							"give the id of a source in the graph (Query.sources), or a url and title");
					throw new BadArgumentException(argument + "[" + i + "].sourceId",
							problem.message() + "; " + problem.hint());
				}
				citations.add(new Citation(input.sourceId(), section));
			}
			else {
				String url = input.url().strip();
				String id = EditCypher.sourceByUrl(tx, url).orElse(null);
				if (id == null) {
					id = sourceId(url);
					Map<String, Object> props = new LinkedHashMap<>();
					props.put("id", id);
					props.put("title", input.title().strip());
					props.put("url", url);
					props.put("publisher", (input.publisher() != null && !input.publisher().isBlank())
							? input.publisher().strip() : null);
					props.put("recordedFrom", edit.now());
					props.put("recordedBy", edit.editor());
					EditCypher.addSource(tx, EditCypher.withoutNulls(props));
				}
				citations.add(new Citation(id, section));
			}
		}
		return citations;
	}

	/** Existing citations (parallel lists) with the new ones added, each once. */
	static Map<String, Object> merged(Map<String, Object> props, List<Citation> added) {
		List<String> ids = new ArrayList<>(strings(props.get("sourceIds")));
		List<String> sections = new ArrayList<>(strings(props.get("sourceSections")));
		while (sections.size() < ids.size()) {
			sections.add("");
		}
		for (Citation citation : added) {
			String section = (citation.section() != null) ? citation.section() : "";
			boolean present = false;
			for (int i = 0; i < ids.size(); i++) {
				present |= ids.get(i).equals(citation.sourceId()) && sections.get(i).equals(section);
			}
			if (!present) {
				ids.add(citation.sourceId());
				sections.add(section);
			}
		}
		return Map.of("sourceIds", ids, "sourceSections", sections);
	}

	/** The parallel lists of the citations. */
	static Map<String, Object> lists(List<Citation> citations) {
		return merged(Map.of(), citations);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

}
