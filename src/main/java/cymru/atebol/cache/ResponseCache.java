package cymru.atebol.cache;

import java.time.LocalDate;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Successful answers to queries, as the JSON bytes sent, by everything the answer depends
 * on: the document, operation and variables, the date {@code asOf} defaults to (today in
 * Wales: an entry of yesterday is never found after midnight), whether the caller is an
 * editor, and the dataset version (an entry of an earlier version is never found once
 * this instance knows a later one). Bounded by {@code atebol.cache.max-size}; its hits,
 * misses, size and hit ratio are the {@code cache.*} metrics tagged
 * {@code cache=graphql.responses}.
 */
@Component
final class ResponseCache {

	static final String NAME = "graphql.responses";

	/**
	 * What an answer depends on.
	 *
	 * @param document the query text
	 * @param operationName the operation run
	 * @param variables the variables as sent
	 * @param today the date {@code asOf} defaults to
	 * @param editor whether the caller is a signed-in editor
	 * @param version the dataset version
	 * ({@link cymru.atebol.version.DatasetVersion#tag})
	 */
	record Key(String document, @Nullable String operationName, Map<String, @Nullable Object> variables,
			LocalDate today, boolean editor, String version) {
	}

	private final @Nullable Cache<Key, byte[]> answers;

	ResponseCache(CacheProperties properties, ObjectProvider<MeterRegistry> registry) {
		if (!properties.enabled()) {
			this.answers = null;
			return;
		}
		Cache<Key, byte[]> cache = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((Key key, byte[] body) -> body.length + 2 * key.document().length() + 256)
			.recordStats()
			.build();
		registry.ifAvailable((meters) -> {
			CaffeineCacheMetrics.monitor(meters, cache, NAME);
			Gauge.builder("cache.hit.ratio", cache, (c) -> c.stats().hitRate())
				.tag("cache", NAME)
				.description("The share of lookups answered from the cache since start-up")
				.register(meters);
		});
		this.answers = cache;
	}

	boolean enabled() {
		return this.answers != null;
	}

	byte @Nullable [] get(Key key) {
		return (this.answers != null) ? this.answers.getIfPresent(key) : null;
	}

	void put(Key key, byte[] body) {
		if (this.answers != null) {
			this.answers.put(key, body);
		}
	}

}
