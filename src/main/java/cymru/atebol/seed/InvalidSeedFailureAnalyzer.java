package cymru.atebol.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid seed at start-up into a short report: every problem with file and
 * line.
 */
public final class InvalidSeedFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSeedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSeedException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the seed files named above (graph-seed/README.md explains the format), then start again. "
						+ "`./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"seed validate\"` checks them without "
						+ "starting the service.",
				cause);
	}

}
