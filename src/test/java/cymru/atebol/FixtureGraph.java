package cymru.atebol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import cymru.atebol.neo4j.Graph;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

/**
 * The test graph (src/test/resources/fixture/governance.cypher, written as
 * docs/graph-model.md says) loaded once per Spring context, and a count of the Cypher
 * statements the service sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixtureGraph {

	/** When the fixture was seeded. */
	public static final OffsetDateTime SEEDED_AT = OffsetDateTime.parse("2026-01-10T09:00:00Z");

	/** When the one correction was recorded (a retraction and two additions). */
	public static final OffsetDateTime CORRECTED_AT = OffsetDateTime.parse("2026-06-01T12:00:00Z");

	/**
	 * The tester, waiting as long as the tests' query timeout: the first query of each
	 * shape is planned cold, which takes seconds on a busy machine.
	 */
	@Bean
	ExecutionGraphQlServiceTester graphQlTester(ExecutionGraphQlService service) {
		return ExecutionGraphQlServiceTester.builder(service).responseTimeout(Duration.ofSeconds(60)).build();
	}

	@Bean
	static QueryCounter queryCounter() {
		return new QueryCounter();
	}

	@Bean
	ApplicationRunner loadFixtureGraph(Graph graph) {
		return (args) -> {
			graph.write("CALL db.awaitIndexes(60)", Map.of());
			String text = read("fixture/governance.cypher").replaceAll("(?m)^\\s*//.*$", "");
			Arrays.stream(text.split(";"))
				.map(String::strip)
				.filter((statement) -> !statement.isEmpty())
				.forEach((statement) -> graph.write(statement, Map.of()));
		};
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Wraps the driver so that every statement run through it is counted:
	 * {@code executableQuery} (a write) and {@code Session.run} (a read's auto-commit
	 * transaction), one round trip each.
	 */
	public static final class QueryCounter implements BeanPostProcessor {

		private final AtomicInteger queries = new AtomicInteger();

		public int count() {
			return this.queries.get();
		}

		public void reset() {
			this.queries.set(0);
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof Driver driver)) {
				return bean;
			}
			return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
					(proxy, method, args) -> {
						if (method.getName().equals("executableQuery")) {
							this.queries.incrementAndGet();
						}
						Object result = Proxies.invoke(method, driver, args);
						return (result instanceof Session session) ? counting(session) : result;
					});
		}

		/**
		 * A session whose statements ({@code run}: a read's auto-commit transaction) are
		 * counted.
		 */
		private Session counting(Session session) {
			return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class },
					(proxy, method, args) -> {
						if (method.getName().equals("run")) {
							this.queries.incrementAndGet();
						}
						return Proxies.invoke(method, session, args);
					});
		}

	}

}
