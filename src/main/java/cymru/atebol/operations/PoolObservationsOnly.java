package cymru.atebol.operations;

import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;

import org.neo4j.bolt.connection.BoltProtocolVersion;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.internal.observation.BoltExchangeObservation;
import org.neo4j.driver.internal.observation.BoltHandleObservation;
import org.neo4j.driver.internal.observation.DriverObservationProvider;
import org.neo4j.driver.internal.observation.HttpExchangeObservation;
import org.neo4j.driver.internal.observation.NoopObservationProvider;
import org.neo4j.driver.internal.observation.Observation;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;
import org.neo4j.driver.types.MapAccessor;

/**
 * The Neo4j driver's observations of its connection pool, and none of the others. The
 * driver makes an observation of every session run, session close, result, Bolt exchange
 * and Bolt message handle, each with its context, key values and scope, on the
 * statement's path (about 4.5 % of the service's CPU per lookup, JFR); the service reads
 * only the pool's ({@code db.client.connection.*}), so those go to the Micrometer
 * provider and the rest to the driver's own no-op observations, which are what it uses
 * with no provider at all. (A predicate on the Micrometer registry cannot do this: it
 * turns the observations into Micrometer's no-op, whose context the driver's own
 * observations cast back to theirs, e.g. {@code BoltExchangeContext}.)
 * <p>
 * {@link DriverObservationProvider} is the driver's internal interface (its public one is
 * empty): a driver upgrade that changes it fails the build here, and {@code OperationsIT}
 * fails if the pool's metrics stop moving.
 */
final class PoolObservationsOnly implements DriverObservationProvider {

	private final DriverObservationProvider pool;

	private final DriverObservationProvider none = NoopObservationProvider.getInstance();

	PoolObservationsOnly(MicrometerObservationProvider pool) {
		this.pool = (DriverObservationProvider) pool;
	}

	@Override
	public Observation connectionPoolCreate(String id, URI uri, int maxSize) {
		return this.pool.connectionPoolCreate(id, uri, maxSize);
	}

	@Override
	public Observation connectionPoolClose(String id, URI uri) {
		return this.pool.connectionPoolClose(id, uri);
	}

	@Override
	public Observation pooledConnectionCreate(String id, URI uri) {
		return this.pool.pooledConnectionCreate(id, uri);
	}

	@Override
	public Observation pooledConnectionClose(String id, URI uri) {
		return this.pool.pooledConnectionClose(id, uri);
	}

	@Override
	public Observation pooledConnectionAcquire(String id, URI uri) {
		return this.pool.pooledConnectionAcquire(id, uri);
	}

	@Override
	public Observation pooledConnectionInUse(String id, URI uri) {
		return this.pool.pooledConnectionInUse(id, uri);
	}

	@Override
	public Observation sessionRun(Class<? extends BaseSession> session, String query, MapAccessor parameters) {
		return this.none.sessionRun(session, query, parameters);
	}

	@Override
	public Observation beginTransaction(Class<?> session) {
		return this.none.beginTransaction(session);
	}

	@Override
	public Observation sessionExecute(Class<? extends BaseSession> session, AccessMode mode) {
		return this.none.sessionExecute(session, mode);
	}

	@Override
	public Observation sessionClose(Class<? extends BaseSession> session) {
		return this.none.sessionClose(session);
	}

	@Override
	public Observation transactionRun(Class<?> transaction, String query, MapAccessor parameters) {
		return this.none.transactionRun(transaction, query, parameters);
	}

	@Override
	public Observation transactionCommit(Class<?> transaction) {
		return this.none.transactionCommit(transaction);
	}

	@Override
	public Observation transactionRollback(Class<?> transaction) {
		return this.none.transactionRollback(transaction);
	}

	@Override
	public Observation transactionClose(Class<?> transaction) {
		return this.none.transactionClose(transaction);
	}

	@Override
	public Observation resultPeek(Class<?> result) {
		return this.none.resultPeek(result);
	}

	@Override
	public Observation resultNext(Class<?> result) {
		return this.none.resultNext(result);
	}

	@Override
	public Observation resultSingle(Class<?> result) {
		return this.none.resultSingle(result);
	}

	@Override
	public Observation resultList(Class<?> result) {
		return this.none.resultList(result);
	}

	@Override
	public Observation resultConsume(Class<?> result) {
		return this.none.resultConsume(result);
	}

	@Override
	public Observation resultRecords(Class<?> result) {
		return this.none.resultRecords(result);
	}

	@Override
	public BoltHandleObservation boltHandle(List<String> messages) {
		return this.none.boltHandle(messages);
	}

	@Override
	public BoltExchangeObservation boltExchange(String address, int port, BoltProtocolVersion version,
			BiConsumer<String, String> headers) {
		return this.none.boltExchange(address, port, version, headers);
	}

	@Override
	public HttpExchangeObservation httpExchange(URI uri, String method, String path,
			BiConsumer<String, String> headers) {
		return this.none.httpExchange(uri, method, path, headers);
	}

	@Override
	public Observation scopedObservation() {
		return this.none.scopedObservation();
	}

}
