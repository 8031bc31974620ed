package cymru.atebol.seed;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The controlled vocabulary of {@code graph-seed/vocabulary.yaml}: the kinds of entity
 * and the relationship types, with which types are upward (accountability and reporting
 * lines) and which are drawn as dotted lines, and how each is named in English and Welsh.
 *
 * @param kinds every kind with its meaning and labels
 * @param relationTypes every relationship type with its meaning, direction, flags and
 * labels
 */
public record Vocabulary(List<KindInfo> kinds, List<RelationTypeInfo> relationTypes) {

	/**
	 * A kind.
	 *
	 * @param kind its name in the API
	 * @param meaning what it is
	 * @param label how it is named in English ("Health board")
	 * @param labelCy how it is named in Welsh
	 */
	public record KindInfo(String kind, String meaning, String label, String labelCy) {
	}

	/**
	 * A relationship type.
	 *
	 * @param type its name in the API
	 * @param meaning what it means
	 * @param direction the sentence from {@code from} to {@code to}
	 * @param upward whether it is an accountability or reporting line
	 * @param dotted whether an org chart draws it as a dotted line beside the upward ones
	 * @param label the phrase between two names in English ("part of")
	 * @param labelCy the same in Welsh
	 */
	public record RelationTypeInfo(String type, String meaning, String direction, boolean upward, boolean dotted,
			String label, String labelCy) {
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
