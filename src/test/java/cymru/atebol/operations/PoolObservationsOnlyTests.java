package cymru.atebol.operations;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.bolt.connection.BoltProtocolVersion;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's pool is observed through {@link PoolObservationsOnly}; its sessions,
 * results and Bolt exchanges are not.
 */
class PoolObservationsOnlyTests {

	private final List<String> started = new CopyOnWriteArrayList<>();

	private final PoolObservationsOnly observations = new PoolObservationsOnly(
			MicrometerObservationProvider.builder(registry()).build());

	private ObservationRegistry registry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public void onStart(Observation.Context context) {
				PoolObservationsOnlyTests.this.started.add(context.getName());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
		return registry;
	}

	@Test
	void shouldObserveBorrowingAndLendingConnections() {
		URI uri = URI.create("neo4j://localhost:7687");
		this.observations.pooledConnectionAcquire("pool-1", uri).start().stop();
		this.observations.pooledConnectionInUse("pool-1", uri).start().stop();
		this.observations.pooledConnectionCreate("pool-1", uri).start().stop();
		this.observations.pooledConnectionClose("pool-1", uri).start().stop();

		assertThat(this.started).hasSize(4).allSatisfy((name) -> assertThat(name).contains("connection"));
	}

	@Test
	void shouldLeaveSessionsResultsAndBoltExchangesUnobserved() {
		this.observations.sessionRun(Session.class, "RETURN 1", Values.value(Map.of())).start().stop();
		this.observations.sessionClose(Session.class).start().stop();
		this.observations.resultList(Object.class).start().stop();
		this.observations.transactionCommit(Object.class).start().stop();
		this.observations.boltHandle(List.of("RUN", "PULL")).start().stop();
		this.observations.boltExchange("localhost", 7687, new BoltProtocolVersion(5, 8), (name, value) -> {
		}).start().stop();

		assertThat(this.started).isEmpty();
	}

}
