package cymru.atebol.operations;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Publishes every Caffeine {@link Cache} bean of the service as the standard cache
 * metrics, tagged {@code cache=<bean name>}: {@code cache.gets} by {@code result}
 * hit/miss (the hit ratio), {@code cache.size}, {@code cache.evictions},
 * {@code cache.puts}. A cache built with {@code Caffeine.newBuilder().recordStats()}
 * reports hits and misses; without it, only its size. It binds once every singleton
 * exists, so a cache bean is never created early for it.
 */
final class CaffeineCacheMetricsBinder implements SmartInitializingSingleton {

	private final ListableBeanFactory beans;

	private final MeterRegistry registry;

	CaffeineCacheMetricsBinder(ListableBeanFactory beans, MeterRegistry registry) {
		this.beans = beans;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.beans.getBeansOfType(Cache.class)
			.forEach((name, cache) -> CaffeineCacheMetrics.monitor(this.registry, cache, name));
	}

}
