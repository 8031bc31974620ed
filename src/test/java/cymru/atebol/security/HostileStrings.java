package cymru.atebol.security;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * Strings that break code which builds queries by concatenation, or that trip up parsers,
 * encoders and full-text search: feed every string argument of a resolver with them
 * ({@code @MethodSource("cymru.atebol.security.HostileStrings#all")}) and check that each
 * is either answered (stored or matched literally) or refused with a clear error, never a
 * 500, and that the graph is unchanged. {@link cymru.atebol.CountingDriver#cypher()}
 * shows whether any reached Cypher as text.
 */
public final class HostileStrings {

	/**
	 * Longer than max-variables-bytes and max-document-bytes: must be refused, not crash.
	 */
	public static final String HUGE = "Bwrdd Iechyd ".repeat(8_000);

	private HostileStrings() {
	}

	/** Every hostile string, named for readable test reports. */
	public static Stream<Named<String>> all() {
		return Stream.concat(Stream.concat(cypher(), lucene()), encoding());
	}

	/**
	 * Attempts to escape a Cypher string literal, comment out the rest, or inject a
	 * clause.
	 */
	public static Stream<Named<String>> cypher() {
		return Stream.of(Named.of("quote OR 1=1", "' OR 1=1 //"), Named.of("double quote", "\" OR \"\"=\""),
				Named.of("close map, detach delete", "\"}) MATCH (n) DETACH DELETE n //"),
				Named.of("close map single quote", "'}) MATCH (n) DETACH DELETE n //"),
				Named.of("backtick label escape", "x`) DETACH DELETE n //"),
				Named.of("newline clause", "x\nMATCH (n) DETACH DELETE n"),
				Named.of("block comment", "/* */ RETURN 1 /*"), Named.of("parameter lookalike", "$text"),
				Named.of("call procedure", "'); CALL dbms.components() //"),
				Named.of("GraphQL escape", "\") { __schema { types { name } } } #"),
				Named.of("log4shell lookalike", "${jndi:ldap://127.0.0.1/a}"),
				Named.of("script tag", "<script>alert(1)</script>"));
	}

	/**
	 * Lucene query syntax, hostile to full-text search
	 * ({@code db.index.fulltext.queryNodes}).
	 */
	public static Stream<Named<String>> lucene() {
		return Stream.of(Named.of("lucene field group fuzzy wildcard", "name:(a OR b)~ *"),
				Named.of("lucene lone wildcard", "*"), Named.of("lucene lone question mark", "?"),
				Named.of("lucene unbalanced quote", "\"Betsi"), Named.of("lucene unbalanced paren", "(Cwm Taf"),
				Named.of("lucene range", "name:[a TO z]"), Named.of("lucene boost", "Hywel^10"),
				Named.of("lucene regex", "/.*/"), Named.of("lucene operators", "&& || ! { } [ ] ^ ~ : \\ /"),
				Named.of("lucene backslash", "\\"), Named.of("lucene NOT", "NOT AND OR"));
	}

	/**
	 * Encodings and sizes: NUL, emoji with joiners and tag sequences, right-to-left,
	 * empty, huge.
	 */
	public static Stream<Named<String>> encoding() {
		return Stream.of(Named.of("NUL", "\u0000"), Named.of("NUL inside", "Powys\u0000Teaching"), Named.of("emoji",
				"🏥 Bwrdd Iechyd 👩‍⚕️ 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73\uDB40\uDC7F"),
				Named.of("right to left", "مجلس الصحة \u202Egnp.exe"),
				Named.of("Welsh letters", "Ŵ ŷ â Llais Ysbyty Gwynedd"),
				Named.of("combining marks", "Z\u0334\u0321\u032A\u035A\u0332\u0348"), Named.of("empty", ""),
				Named.of("whitespace", " \t\r\n "), Named.of("control characters", "\u0001\u0007\u001B[31m"),
				Named.of("100 kB", HUGE));
	}

	/** The string as a GraphQL string literal, for putting it inline in a document. */
	public static String graphQlLiteral(String value) {
		StringBuilder literal = new StringBuilder("\"");
		value.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				default -> {
					if (c < 0x20) {
						literal.append("\\u%04x".formatted(c));
					}
					else {
						literal.appendCodePoint(c);
					}
				}
			}
		});
		return literal.append('"').toString();
	}

}
