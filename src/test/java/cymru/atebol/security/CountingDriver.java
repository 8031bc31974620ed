package cymru.atebol.security;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;

import cymru.atebol.Proxies;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's Neo4j {@link Driver} (not a mock: every call goes through to
 * the real database) and counts what reaches it: each query ({@code executableQuery}) and
 * each session opened, and keeps the Cypher text of every statement (also those run in a
 * session). Register with {@code @Import(CountingDriver.Config.class)}.
 */
public final class CountingDriver implements BeanPostProcessor {

	private final AtomicInteger calls = new AtomicInteger();

	private final List<String> cypher = new CopyOnWriteArrayList<>();

	/** Queries and sessions since the last {@link #reset()}. */
	public int count() {
		return this.calls.get();
	}

	/** The Cypher texts run since the last {@link #reset()}. */
	public List<String> cypher() {
		return List.copyOf(this.cypher);
	}

	public void reset() {
		this.calls.set(0);
		this.cypher.clear();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Driver driver)) {
			return bean;
		}
		return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				(proxy, method, args) -> {
					if (method.getName().equals("executableQuery")) {
						this.calls.incrementAndGet();
						this.cypher.add((String) args[0]);
					}
					else if (method.getName().startsWith("session")) {
						this.calls.incrementAndGet();
					}
					Object result = Proxies.invoke(method, driver, args);
					return (result instanceof Session session) ? counting(session) : result;
				});
	}

	/**
	 * A session whose statements ({@code run}: the reads' auto-commit transactions) are
	 * recorded.
	 */
	private Session counting(Session session) {
		return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class },
				(proxy, method, args) -> {
					if (method.getName().equals("run") && args != null && args.length > 0) {
						this.cypher.add((args[0] instanceof Query query) ? query.text() : String.valueOf(args[0]));
					}
					return Proxies.invoke(method, session, args);
				});
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
