package cymru.atebol.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's Neo4j {@link Driver} (not a mock: every call goes through to
 * the real database) and counts what reaches it: each query ({@code executableQuery},
 * whose Cypher text is kept) and each session opened. Register with
 * {@code @Import(CountingDriver.Config.class)}.
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
					try {
						return method.invoke(driver, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
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
