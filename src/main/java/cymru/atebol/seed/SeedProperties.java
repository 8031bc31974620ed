package cymru.atebol.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the seed is and when it is loaded.
 *
 * @param location the seed folder: {@code classpath:graph-seed/} (packaged with the
 * service) or a {@code file:} folder
 * @param loadOnStartup whether start-up loads the seed when it differs from what the
 * database holds
 */
@ConfigurationProperties("atebol.seed")
public record SeedProperties(String location, boolean loadOnStartup) {
}
