package cymru.atebol.seed;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The controlled vocabulary of {@code graph-seed/vocabulary.yaml}: the kinds of entity
 * and the relationship types, with which types are upward (accountability and reporting
 * lines).
 *
 * @param kinds every kind with its meaning
 * @param relationTypes every relationship type with its meaning, direction and upward
 * flag
 */
public record Vocabulary(List<KindInfo> kinds, List<RelationTypeInfo> relationTypes) {

	public record KindInfo(String kind, String meaning) {
	}

	public record RelationTypeInfo(String type, String meaning, String direction, boolean upward) {
	}

	public Set<String> kindNames() {
		return this.kinds.stream().map(KindInfo::kind).collect(Collectors.toUnmodifiableSet());
	}

	public Set<String> typeNames() {
		return this.relationTypes.stream().map(RelationTypeInfo::type).collect(Collectors.toUnmodifiableSet());
	}

	/** The types that chains and org charts follow. */
	public List<String> upwardTypes() {
		return this.relationTypes.stream().filter(RelationTypeInfo::upward).map(RelationTypeInfo::type).toList();
	}

}
