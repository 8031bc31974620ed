package cymru.atebol.cache;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Persisted queries ({@code atebol.persisted-queries.*}): Automatic Persisted Queries
 * (Apollo's protocol: {@code extensions.persistedQuery.sha256Hash}) and a registered
 * list.
 *
 * @param enabled whether clients may send a query's SHA-256 hash instead of its text
 * @param maxEntries how many documents sent by clients are kept by hash (least used out
 * first; a client whose hash was dropped is asked for the text again)
 * @param manifest a registered list of operations, in Apollo's persisted query manifest
 * format ({@code {"format":"apollo-persisted-query-manifest","version":1,"operations":
 * [{"id": sha256, "name", "type", "body"}]}}), e.g.
 * {@code classpath:persisted-queries.json}
 * @param registeredOnly whether only the operations of the manifest are run (by hash or
 * by text); everything else is refused
 */
@ConfigurationProperties("atebol.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int maxEntries,
		@Nullable String manifest, @DefaultValue("false") boolean registeredOnly) {
}
