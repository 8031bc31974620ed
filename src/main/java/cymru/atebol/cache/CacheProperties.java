package cymru.atebol.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The response cache and HTTP caching ({@code atebol.cache.*}).
 *
 * @param enabled whether answers are cached and GET answers carry ETags (off: every
 * request runs, and GET answers say {@code Cache-Control: no-store})
 * @param maxSize the most memory the cached answers may take (their JSON bytes), least
 * used out first
 * @param maxAge how long a browser, proxy or CDN may reuse a public GET answer without
 * asking again ({@code Cache-Control: public, max-age=...}); 0 makes them revalidate
 * every time, which costs a 304 and no database work while the graph is unchanged
 */
@ConfigurationProperties("atebol.cache")
public record CacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("0s") Duration maxAge) {
}
