package cymru.atebol.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Opaque cursors: what they encode and which strings they refuse. */
class CursorsTests {

	@Test
	void shouldContinueAfterTheItemACursorNames() {
		assertThat(Cursors.startAfter(Cursors.encode(0), "after")).isEqualTo(1);
		assertThat(Cursors.startAfter(Cursors.encode(41), "after")).isEqualTo(42);
		assertThat(Cursors.startAfter(null, "after")).isZero();
	}

	@Test
	void shouldRefuseStringsItDidNotIssue() {
		for (String foreign : new String[] { "", "abc", "b2Zmc2V0Oi0x", "b2Zmc2V0Om5vbmU", "%%%", "T18y" }) {
			assertThatExceptionOfType(BadArgumentException.class).as(foreign)
				.isThrownBy(() -> Cursors.startAfter(foreign, "after"))
				.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("after"));
		}
	}

	@Test
	void shouldBuildRelayPageInfo() {
		Connection<String> page = Connection.of(List.of("c", "d"), 2, 5);
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isTrue();
		assertThat(page.pageInfo().endCursor()).isEqualTo(Cursors.encode(3));
		assertThat(page.edges()).extracting(Connection.Edge::cursor)
			.containsExactly(Cursors.encode(2), Cursors.encode(3));
		assertThat(Connection.of(List.of(), 0, 0).pageInfo().startCursor()).isNull();
	}

}
