package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The standalone Neo4j the peer, the floor and the service (in like-for-like mode) share: the same
 * embedded API and version as the service, in its own JVM, Bolt on 127.0.0.1 only, no auth, no HTTP.
 *
 * Usage: Neo4jServer [--bolt-port 17687] [--store-dir run/neo4j-10000] [--pagecache-mb 1024]
 * Env fallbacks: NEO4J_BOLT_PORT, NEO4J_STORE_DIR, NEO4J_PAGECACHE_MB.
 * Unlike neo4j-harness the store is persistent: a generated graph survives a restart (1M entities
 * take minutes to load), and generate.sh skips the load when the store already holds it.
 * Prints "READY bolt://127.0.0.1:PORT" once Bolt accepts connections; runs until killed (SIGTERM: clean close).
 */
public final class Neo4jServer {

	public static void main(String[] args) throws Exception {
		int boltPort = Integer.parseInt(Args.get(args, "--bolt-port", "NEO4J_BOLT_PORT", "17687"));
		Path storeDir = Path.of(Args.get(args, "--store-dir", "NEO4J_STORE_DIR", "run/neo4j-store"))
				.toAbsolutePath().normalize();
		long pageCacheMb = Long.parseLong(Args.get(args, "--pagecache-mb", "NEO4J_PAGECACHE_MB", "1024"));
		Files.createDirectories(storeDir);

		long t0 = System.nanoTime();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(storeDir)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
				.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
				// the generator writes 10k-row batches; the default global cap is fine, but be explicit
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 1024L * 1024L * 1024L)
				// Netty's 2 s quiet period per event loop makes every shutdown take ~10 s
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
				.build();
		final CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("STOPPING neo4j");
			dbms.shutdown();
			stopped.countDown();
		}, "neo4j-shutdown"));

		GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		String version = db.executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v",
				Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");
		System.out.printf("neo4j %s started in %.1f s (java %s), store %s, pagecache=%dMB%n", version,
				(System.nanoTime() - t0) / 1e9, Runtime.version(), storeDir, pageCacheMb);
		System.out.println("READY bolt://127.0.0.1:" + boltPort);
		System.out.flush();
		stopped.await();
	}
}
