package cymru.atebol.neo4j;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.atebol.neo4j.Cypher.Slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherTests {

	@Test
	void shouldExpandAFragmentForTheGivenVariables() {
		Cypher.Statement statement = Cypher.compose("MATCH (c) WHERE {{entered(c)}} RETURN c");
		assertThat(statement.recorded())
			.isEqualTo("MATCH (c) WHERE ($recordedAsOf IS NULL OR c.recordedFrom <= $recordedAsOf) RETURN c");
		assertThat(statement.now()).isEqualTo("MATCH (c) WHERE true RETURN c");
	}

	@Test
	void shouldReadTheMomentFromAVariableWhenOneIsNamed() {
		String text = Cypher.compose("{{exists(e | key)}}").recorded();
		assertThat(text).contains("key.asOf", "key.recordedAsOf", "key.datesKnown")
			.doesNotContain("$asOf", "$recordedAsOf", "$datesKnown")
			.doesNotContain("{{");
	}

	@Test
	void shouldExpandFragmentsInsideFragments() {
		Cypher.Statement holds = Cypher.compose("{{holds(r, a, b)}}");
		for (String text : List.of(holds.now(), holds.recorded())) {
			assertThat(text).contains("type(r) = 'REPLACED_BY'", "r.validTo", "r.recordedTo")
				.doesNotContain("{{", "{r}", "{from}", "{to}", "{e}", "{p}", "{x}");
		}
		assertThat(holds.now()).contains("a.validTo", "b.validTo");
		assertThat(holds.recorded()).contains("[a] ELSE", "[b] ELSE", "_v.validTo");
	}

	@Test
	void shouldLeaveRecordTimeOutOfTheFormForReadsOfNow() {
		assertThat(Cypher.compose("{{entity(e)}} {{holds(r, a, b)}}").now()).doesNotContain("$recordedAsOf",
				"EntityRevision");
		assertThat(Cypher.compose("{{entity(e)}}").recorded()).contains("$recordedAsOf", "EntityRevision");
	}

	@Test
	void shouldFillSlotsOnlyFromNumbersAndFixedTexts() {
		Cypher.Fixed step = () -> "<-[r]-";
		assertThat(Cypher.compose("(a){{step}}(b){1,{{depth}}}", Slot.of("step", step), Slot.of("depth", 3)).now())
			.isEqualTo("(a)<-[r]-(b){1,3}");
	}

	@Test
	void shouldRefuseUnknownFragmentsMissingSlotsAndExpressionsAsArguments() {
		assertThatThrownBy(() -> Cypher.compose("{{nope(e)}}")).hasMessageContaining("No fragment named 'nope'");
		assertThatThrownBy(() -> Cypher.compose("{{depth}}")).hasMessageContaining("No value for the slot {{depth}}");
		assertThatThrownBy(() -> Cypher.compose("{{exists(e.x)}}")).hasMessageContaining("takes variables");
		assertThatThrownBy(() -> Cypher.compose("{{exists('x' + $y)}}")).hasMessageContaining("takes variables");
		assertThatThrownBy(() -> Cypher.compose("{{holds(r, a)}}")).hasMessageContaining("takes (r, from, to");
	}

}
