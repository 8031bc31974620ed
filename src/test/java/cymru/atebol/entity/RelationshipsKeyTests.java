package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import cymru.atebol.time.At;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests for the same page are one key, however their types were written: the
 * DataLoader then reads the page once, and a page read ahead (a lookup with its
 * superiors) answers the field that asks for it.
 */
class RelationshipsKeyTests {

	private static final At TODAY = At.day(LocalDate.of(2026, 12, 5));

	@Test
	void shouldBeOneKeyWhateverTheOrderOrRepeatsOfItsTypes() {
		RelationshipsKey sorted = key(List.of("HOSTED_BY", "PART_OF", "REPORTS_TO"));
		RelationshipsKey shuffled = key(List.of("REPORTS_TO", "HOSTED_BY", "PART_OF", "HOSTED_BY"));
		assertThat(shuffled).isEqualTo(sorted).hasSameHashCodeAs(sorted);
		assertThat(shuffled.types()).containsExactly("HOSTED_BY", "PART_OF", "REPORTS_TO");
	}

	@Test
	void shouldKeepItsTypesWhenTheListItCameFromChanges() {
		List<String> types = new ArrayList<>(List.of("HOSTED_BY", "PART_OF"));
		RelationshipsKey key = key(types);
		types.add("REPORTS_TO");
		assertThat(key.types()).containsExactly("HOSTED_BY", "PART_OF");
	}

	@Test
	void shouldKeepNoTypesAsAnyType() {
		assertThat(key(null).types()).isNull();
	}

	private static RelationshipsKey key(@Nullable List<String> types) {
		return new RelationshipsKey("bay-health-cluster", TODAY, RelationshipDirection.OUTGOING, types, 0, 500);
	}

}
