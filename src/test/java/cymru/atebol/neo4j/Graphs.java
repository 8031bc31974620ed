package cymru.atebol.neo4j;

import java.time.Duration;

import org.neo4j.driver.Driver;

/** Test access to {@link Graph}'s constructor, for a graph with its own timeout. */
public final class Graphs {

	private Graphs() {
	}

	public static Graph withTimeout(Driver driver, String database, Duration timeout) {
		return new Graph(driver, database, timeout);
	}

}
