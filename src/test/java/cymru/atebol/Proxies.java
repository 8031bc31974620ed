package cymru.atebol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * For the tests' counting wrappers around the driver: call through, rethrowing what the
 * target threw.
 */
public final class Proxies {

	private Proxies() {
	}

	public static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
