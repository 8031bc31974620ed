package cymru.atebol.reconcile;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Name;
import cymru.atebol.reconcile.ReconcileQueries.Found;

/**
 * Scores the candidates of a query from 0 to 100. The name counts first: 100 when the
 * text is one of the entity's names (English, Welsh, short, former or alias; or its id)
 * once case, accents and punctuation are set aside, else up to 90 for the share of words
 * in common with its closest name. A code given and equal makes it 100; a code given and
 * different takes 50 off, a local authority given and not linked 30. A candidate is a
 * match only when it scores 100 and no other candidate does.
 */
final class Scoring {

	static final double EXACT = 100;

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Scoring() {
	}

	static List<Candidate> rank(ReconcileQuery query, List<Found> found, EntityTypes types) {
		List<Candidate> candidates = new ArrayList<>();
		for (Found candidate : found) {
			candidates.add(score(query, candidate, types));
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::name));
		List<Candidate> top = new ArrayList<>(candidates.subList(0, Math.min(query.limit(), candidates.size())));
		boolean unambiguous = candidates.size() < 2 || candidates.get(1).score() < EXACT;
		if (!top.isEmpty() && top.get(0).score() >= EXACT && unambiguous) {
			top.set(0, top.get(0).withMatch(true));
		}
		return top;
	}

	private static Candidate score(ReconcileQuery query, Found found, EntityTypes types) {
		Entity entity = found.entity();
		Map<String, Object> features = new LinkedHashMap<>();
		double score = 0;
		String matchedName = null;
		if (query.text() != null) {
			String text = normal(query.text());
			double best = 0;
			for (String name : names(entity)) {
				double similarity = normal(name).equals(text) ? 1 : similarity(text, normal(name));
				if (similarity > best) {
					best = similarity;
					matchedName = name;
				}
			}
			boolean exact = best == 1 || query.text().equals(entity.id());
			features.put("name_exact", exact);
			features.put("name_similarity", Math.round(best * 1000) / 1000.0);
			score = exact ? EXACT : 90 * best;
		}
		score = codes(score, "ods_match", query.odsCodes(), entity.codes().ods(), features);
		score = codes(score, "ons_match", query.onsCodes(), entity.codes().ons(), features);
		score = codes(score, "wikidata_match", query.wikidataIds(), entity.codes().wikidata(), features);
		if (!query.localAuthorities().isEmpty()) {
			boolean linked = linked(query.localAuthorities(), found.localAuthorities());
			features.put("local_authority_match", linked);
			score = linked ? score : score - 30;
		}
		score = Math.max(0, Math.round(score * 10) / 10.0);
		LocalDate date = entity.asOf();
		String name = (query.asOf() != null) ? entity.nameOn(date).name() : entity.currentName();
		return new Candidate(entity.id(), name, description(entity, matchedName, name),
				List.of(types.of(entity.kind())), score, features.entrySet().stream().map(Scoring::feature).toList(),
				false);
	}

	/** A matching feature as the API writes it: {@code {"id": ..., "value": ...}}. */
	private static Map<String, Object> feature(Map.Entry<String, Object> feature) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", feature.getKey());
		json.put("value", feature.getValue());
		return json;
	}

	private static double codes(double score, String feature, List<String> given, @Nullable String code,
			Map<String, Object> features) {
		if (given.isEmpty()) {
			return score;
		}
		boolean equal = code != null && given.stream().anyMatch((g) -> g.equalsIgnoreCase(code));
		features.put(feature, equal);
		if (equal) {
			return EXACT;
		}
		return (code != null) ? score - 50 : score;
	}

	private static boolean linked(List<String> given, List<Map<String, Object>> localAuthorities) {
		Set<String> wanted = new HashSet<>();
		given.forEach((g) -> wanted.add(normal(g)));
		for (Map<String, Object> authority : localAuthorities) {
			for (Object value : List.of(Objects.toString(authority.get("id"), ""),
					Objects.toString(authority.get("name"), ""), Objects.toString(authority.get("nameCy"), ""))) {
				if (!value.toString().isEmpty() && wanted.contains(normal(value.toString()))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Every name the entity is known by: current, Welsh, short, aliases and former. */
	static List<String> names(Entity entity) {
		List<String> names = new ArrayList<>();
		names.add(entity.currentName());
		add(names, entity.currentNameCy());
		add(names, entity.currentShortName());
		names.addAll(entity.aliases());
		for (Name former : entity.formerNames()) {
			names.add(former.name());
			add(names, former.nameCy());
			add(names, former.shortName());
		}
		return names;
	}

	private static void add(List<String> names, @Nullable String name) {
		if (name != null) {
			names.add(name);
		}
	}

	/** "Health board, 2009-10-01 to now; matched the former name ...". */
	private static String description(Entity entity, @Nullable String matchedName, String shownName) {
		StringBuilder text = new StringBuilder(EntityTypes.label(entity.kind()));
		text.append(", ")
			.append((entity.validFrom() != null) ? entity.validFrom() : "start not known")
			.append(" to ")
			.append((entity.validTo() != null) ? entity.validTo() : "now");
		if (matchedName != null && !matchedName.equals(shownName)) {
			text.append("; matched '").append(matchedName).append("'");
		}
		return text.toString();
	}

	/** The share of words two names have in common (Dice's coefficient). */
	private static double similarity(String a, String b) {
		Set<String> left = new HashSet<>(List.of(a.split(" ")));
		Set<String> right = new HashSet<>(List.of(b.split(" ")));
		left.remove("");
		right.remove("");
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(left);
		common.retainAll(right);
		return 2.0 * common.size() / (left.size() + right.size());
	}

	/**
	 * Lower case, without accents (ŵ, ŷ, â), "&" as "and", words separated by one space.
	 */
	static String normal(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String words = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ");
		return words.strip();
	}

}
