package cymru.atebol.neo4j;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The embedded Neo4j: a persistent database in a data folder, served over Bolt on
 * 127.0.0.1 only, so that the service's driver, Neo4j Browser and cypher-shell all talk
 * to it the same way.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final DatabaseManagementService dbms;

	private final Path dataDir;

	private final int boltPort;

	private EmbeddedNeo4j(DatabaseManagementService dbms, Path dataDir, int boltPort) {
		this.dbms = dbms;
		this.dataDir = dataDir;
		this.boltPort = boltPort;
	}

	/**
	 * Starts the database, or fails with a message that says what to do when the data
	 * folder or the port is taken.
	 */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			Files.createDirectories(dataDir);
			dbms = new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
				.setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, properties.boltPort()))
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						properties.transactionMemory().toBytes())
				// Netty's default 2 s quiet period (x5 event loops) made every shutdown
				// take ~10 s.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.build();
		}
		catch (Exception ex) {
			throw EmbeddedNeo4jStartupException.explain(ex, dataDir, properties.boltPort());
		}
		int port = actualBoltPort(dbms, properties.boltPort());
		logger
			.info("Embedded Neo4j started in %d ms: data in %s, Bolt on bolt://%s:%d (no authentication, loopback only)"
				.formatted((System.nanoTime() - started) / 1_000_000, dataDir, LOOPBACK, port));
		return new EmbeddedNeo4j(dbms, dataDir, port);
	}

	private static int actualBoltPort(DatabaseManagementService dbms, int configured) {
		var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return (address != null) ? address.getPort() : configured;
	}

	/** The Bolt URI the driver, Neo4j Browser and cypher-shell connect to. */
	public URI boltUri() {
		return URI.create("bolt://" + LOOPBACK + ":" + this.boltPort);
	}

	public Path dataDir() {
		return this.dataDir;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		DataFolderLock.release(this.dataDir);
		logger.info("Embedded Neo4j shut down in %d ms".formatted((System.nanoTime() - started) / 1_000_000));
	}

}
