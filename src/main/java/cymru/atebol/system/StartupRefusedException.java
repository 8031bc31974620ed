package cymru.atebol.system;

import org.jspecify.annotations.Nullable;

/**
 * The service refuses to start because of its configuration or its surroundings: the
 * problem says what is wrong, the action what to change;
 * {@link StartupRefusedFailureAnalyzer} prints both instead of a stack trace.
 */
public class StartupRefusedException extends IllegalStateException {

	private final String problem;

	private final String action;

	public StartupRefusedException(String problem, String action) {
		this(problem, action, null);
	}

	public StartupRefusedException(String problem, String action, @Nullable Throwable cause) {
		super(problem + " " + action, cause);
		this.problem = problem;
		this.action = action;
	}

	public String problem() {
		return this.problem;
	}

	public String action() {
		return this.action;
	}

}
