package cymru.atebol.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j that starts when no {@code spring.neo4j.uri} is
 * configured.
 *
 * @param dataDir the persistent data folder
 * @param boltPort the Bolt port on 127.0.0.1; 0 picks a free port
 * @param pageCache memory for Neo4j's page cache (off-heap)
 * @param transactionMemory the most memory all open transactions may take together
 */
@ConfigurationProperties("atebol.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, int boltPort, DataSize pageCache, DataSize transactionMemory) {
}
