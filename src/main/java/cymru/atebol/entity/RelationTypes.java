package cymru.atebol.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The relationship types that are accountability and reporting lines ("upward"), the ones chains,
 * org charts, {@code reportsTo}, {@code reports} and {@code childCount} follow. The one place this
 * list lives in code; graph-seed/vocabulary.yaml is to back it (its {@code upward: true} entries).
 */
@Component
public final class RelationTypes {

	private static final List<String> UPWARD = List.of("ACCOUNTABLE_TO", "REPORTS_TO", "PART_OF", "HOSTED_BY",
			"OPERATES_UNDER");

	private final Map<String, Integer> upwardRank = new HashMap<>();

	RelationTypes() {
		for (int i = 0; i < UPWARD.size(); i++) {
			this.upwardRank.put(UPWARD.get(i), i);
		}
	}

	/** The upward types, strongest first: where two link the same entities, a route takes the first. */
	public List<String> upward() {
		return UPWARD;
	}

	public boolean isUpward(String type) {
		return this.upwardRank.containsKey(type);
	}

	/** Each upward type's position in {@link #upward()}, for ordering in Cypher ({@code $rank[type(r)]}). */
	public Map<String, Integer> upwardRank() {
		return Map.copyOf(this.upwardRank);
	}

}
