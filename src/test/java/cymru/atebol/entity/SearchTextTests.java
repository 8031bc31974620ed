package cymru.atebol.entity;

import org.junit.jupiter.api.Test;

import cymru.atebol.system.BadArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How typed text becomes a Lucene query that cannot be misread as Lucene syntax. */
class SearchTextTests {

	@Test
	void shouldMatchEachWordWholeOrAsAPrefixAndAllWordsAsAPhrase() {
		assertThat(SearchText.of("Swansea Bay").luceneQuery())
			.isEqualTo("\"swansea bay\"^4 swansea^2 swansea* bay^2 bay*");
	}

	@Test
	void shouldEscapeEveryLuceneSpecialCharacter() {
		assertThat(SearchText.of("a+b-c&&d||e!f(g)h{i}j[k]l^m\"n~o*p?q:r\\s/t").luceneQuery())
			.isEqualTo("a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\\"n\\~o\\*p\\?q\\:r\\\\s\\/t^2 "
					+ "a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\\"n\\~o\\*p\\?q\\:r\\\\s\\/t*");
	}

	@Test
	void shouldReadOperatorWordsAsWords() {
		assertThat(SearchText.of("NOT AND OR").luceneQuery()).doesNotContain("NOT")
			.doesNotContain("AND")
			.doesNotContain("OR");
	}

	@Test
	void shouldDropWordsWithoutALetterOrDigit() {
		assertThat(SearchText.of("Cwm Taf & Morgannwg").luceneQuery()).doesNotContain("\\&");
	}

	@Test
	void shouldRefuseTextWithNothingToSearchFor() {
		assertThatExceptionOfType(BadArgumentException.class).isThrownBy(() -> SearchText.of("   "))
			.withMessage("Invalid argument 'text': must not be empty");
		assertThatExceptionOfType(BadArgumentException.class).isThrownBy(() -> SearchText.of("*** !!"))
			.withMessage("Invalid argument 'text': must contain a letter or a digit");
		assertThatExceptionOfType(BadArgumentException.class).isThrownBy(() -> SearchText.of("x".repeat(201)))
			.withMessage("Invalid argument 'text': must be at most 200 characters, was 201");
	}

}
