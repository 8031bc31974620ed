package cymru.atebol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

import cymru.atebol.version.DatasetVersions;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's Neo4j {@link Driver} (not a mock: every call goes through to
 * the real database) and records every statement that reaches it, with its Cypher text:
 * {@code executableQuery}, {@code Session.run} (a read's auto-commit transaction) and
 * {@code run} inside a managed transaction ({@code executeRead}/{@code executeWrite}).
 * The dataset version's background poll is not counted: it is no request's round trip,
 * and on a slow machine it would add a statement every poll interval to any count.
 * Register with {@code @Import(CountingDriver.Config.class)}.
 */
public final class CountingDriver implements BeanPostProcessor {

	private final List<String> cypher = new CopyOnWriteArrayList<>();

	/** The statements sent since the last {@link #reset()}: one round trip each. */
	public int count() {
		return this.cypher.size();
	}

	/** The Cypher texts sent since the last {@link #reset()}, in order. */
	public List<String> cypher() {
		return List.copyOf(this.cypher);
	}

	public void reset() {
		this.cypher.clear();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Driver driver)) {
			return bean;
		}
		return wrap(Driver.class, driver, (method, args) -> {
			if (method.getName().equals("executableQuery")) {
				record(args[0]);
			}
		}, (result) -> (result instanceof Session session) ? counting(session) : result);
	}

	private Session counting(Session session) {
		return wrap(Session.class, session, (method, args) -> {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				record(args[0]);
			}
			if (method.getName().startsWith("execute") && args != null
					&& args[0] instanceof TransactionCallback<?> work) {
				args[0] = (TransactionCallback<?>) (tx) -> work.execute(counting(tx));
			}
		}, (result) -> result);
	}

	private TransactionContext counting(TransactionContext tx) {
		return wrap(TransactionContext.class, tx, (method, args) -> {
			if (method.getName().equals("run") && args != null && args.length > 0) {
				record(args[0]);
			}
		}, (result) -> result);
	}

	private void record(Object statement) {
		if (Thread.currentThread().getName().equals(DatasetVersions.POLL_THREAD)) {
			return;
		}
		this.cypher.add((statement instanceof Query query) ? query.text() : String.valueOf(statement));
	}

	/** A proxy that looks at each call first, then calls through and maps the result. */
	@SuppressWarnings("unchecked")
	private static <T> T wrap(Class<T> type, T target, Before before, java.util.function.UnaryOperator<Object> after) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			before.accept(method, args);
			try {
				return after.apply(method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		});
	}

	private interface Before {

		void accept(Method method, Object[] args);

	}

	/**
	 * Registers the wrapper early enough to wrap the driver before anything receives it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static CountingDriver countingDriver() {
			return new CountingDriver();
		}

	}

}
