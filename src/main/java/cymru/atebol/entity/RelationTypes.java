package cymru.atebol.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cymru.atebol.seed.Vocabulary;

/**
 * The relationship types that are accountability and reporting lines ("upward"), the ones
 * chains, org charts, {@code reportsTo}, {@code reports} and {@code childCount} follow:
 * the {@code upward: true} entries of graph-seed/vocabulary.yaml, strongest first in the
 * order it lists them.
 */
@Component
public final class RelationTypes {

	private final List<String> upward;

	private final Map<String, Integer> upwardRank = new HashMap<>();

	RelationTypes(Vocabulary vocabulary) {
		this.upward = vocabulary.upwardTypes();
		for (int i = 0; i < this.upward.size(); i++) {
			this.upwardRank.put(this.upward.get(i), i);
		}
	}

	/**
	 * The upward types, strongest first: where two link the same entities, a route takes
	 * the first.
	 */
	public List<String> upward() {
		return this.upward;
	}

	public boolean isUpward(String type) {
		return this.upwardRank.containsKey(type);
	}

	/**
	 * Each upward type's position in {@link #upward()}, for ordering in Cypher
	 * ({@code $rank[type(r)]}).
	 */
	public Map<String, Integer> upwardRank() {
		return Map.copyOf(this.upwardRank);
	}

}
