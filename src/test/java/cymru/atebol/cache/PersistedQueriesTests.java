package cymru.atebol.cache;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;

import cymru.atebol.cache.PersistedQueries.Found;
import cymru.atebol.cache.PersistedQueries.Refused;
import cymru.atebol.cache.PersistedQueries.Resolution;
import cymru.atebol.system.StartupRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which document a request runs: Automatic Persisted Queries (unknown hash, hash and
 * text, known hash), malformed ones, and a registered manifest that production can
 * restrict the API to.
 */
class PersistedQueriesTests {

	static final String REGISTERED = "query Registered { __typename }";

	static final String MANIFEST = "classpath:persisted-queries/manifest.json";

	@Test
	void shouldAskForTheTextOfAnUnknownHashAndKeepItOnceItRan() {
		PersistedQueries queries = queries(true, null, false);
		String text = "{ entities { totalCount } }";
		String hash = PersistedQueries.sha256(text);
		assertThat(code(queries.resolve(null, apq(hash)))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(queries.resolve(text, apq(hash))).isEqualTo(new Found(text, hash));
		assertThat(code(queries.resolve(null, apq(hash)))).as("not kept before it ran")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		queries.remember(hash, text);
		assertThat(queries.resolve(null, apq(hash))).isEqualTo(new Found(text, null));
	}

	@Test
	void shouldRefuseAHashThatIsNotTheTextsOrOfAnotherVersion() {
		PersistedQueries queries = queries(true, null, false);
		String other = PersistedQueries.sha256("{ other }");
		assertThat(code(queries.resolve("{ text }", apq(other)))).isEqualTo("PERSISTED_QUERY_INVALID");
		assertThat(code(queries.resolve(null, apq("not-a-hash")))).isEqualTo("PERSISTED_QUERY_INVALID");
		assertThat(code(queries.resolve(null, Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", other)))))
			.isEqualTo("PERSISTED_QUERY_INVALID");
	}

	@Test
	void shouldSayPersistedQueriesAreNotSupportedWhenSwitchedOff() {
		PersistedQueries queries = queries(false, null, false);
		assertThat(code(queries.resolve(null, apq(PersistedQueries.sha256("{ x }")))))
			.isEqualTo("PERSISTED_QUERY_NOT_SUPPORTED");
		assertThat(queries.resolve("{ x }", Map.of())).isEqualTo(new Found("{ x }", null));
	}

	@Test
	void shouldKnowTheRegisteredOperationsByHash() {
		PersistedQueries queries = queries(true, MANIFEST, false);
		assertThat(queries.resolve(null, apq(PersistedQueries.sha256(REGISTERED))))
			.isEqualTo(new Found(REGISTERED, null));
		assertThat(queries.resolve("{ anything }", Map.of())).isEqualTo(new Found("{ anything }", null));
	}

	@Test
	void shouldRunOnlyRegisteredOperationsWhenRestricted() {
		PersistedQueries queries = queries(true, MANIFEST, true);
		String hash = PersistedQueries.sha256(REGISTERED);
		assertThat(queries.resolve(null, apq(hash))).isEqualTo(new Found(REGISTERED, null));
		assertThat(queries.resolve(REGISTERED, Map.of())).isEqualTo(new Found(REGISTERED, null));
		assertThat(code(queries.resolve("{ anything }", Map.of()))).isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
		String other = "{ other }";
		assertThat(code(queries.resolve(other, apq(PersistedQueries.sha256(other)))))
			.isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
		queries.remember(PersistedQueries.sha256(other), other);
		assertThat(code(queries.resolve(null, apq(PersistedQueries.sha256(other)))))
			.isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
	}

	@Test
	void shouldRefuseToStartWithAManifestWhoseIdsAreNotTheHashes() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> queries(true, "classpath:persisted-queries/wrong-id.json", false))
			.withMessageContaining("not the SHA-256 hash of its body");
		assertThatExceptionOfType(StartupRefusedException.class).isThrownBy(() -> queries(true, null, true))
			.withMessageContaining("no operation is registered");
	}

	private static PersistedQueries queries(boolean enabled, String manifest, boolean registeredOnly) {
		return new PersistedQueries(new PersistedQueryProperties(enabled, 100, manifest, registeredOnly),
				new DefaultResourceLoader(), JsonMapper.builder().build());
	}

	private static Map<String, Object> apq(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private static Object code(Resolution resolution) {
		assertThat(resolution).isInstanceOf(Refused.class);
		return ((Refused) resolution).error().getExtensions().get("code");
	}

}
