package cymru.atebol.version;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance follows the dataset version ({@code atebol.dataset-version.*}).
 *
 * @param pollInterval how often the version is read from Neo4j, to see edits and seed
 * loads made by other service instances (or the seed command) on the same database
 * @param maxLag the bound on how long such a change may go unseen: a version read longer
 * ago than this (Neo4j slow or unreachable) is not trusted, and nothing is answered from
 * the response cache or with a 304 until a read succeeds again
 */
@ConfigurationProperties("atebol.dataset-version")
public record DatasetVersionProperties(@DefaultValue("250ms") Duration pollInterval,
		@DefaultValue("1s") Duration maxLag) {

	public DatasetVersionProperties {
		if (pollInterval.isNegative() || pollInterval.isZero() || pollInterval.compareTo(maxLag) >= 0) {
			throw new IllegalArgumentException(
					"atebol.dataset-version.poll-interval (%s) must be positive and shorter than atebol.dataset-version.max-lag (%s)"
						.formatted(pollInterval, maxLag));
		}
	}

}
