package cymru.atebol.seed;

import java.util.List;
import java.util.stream.Collectors;

/** The seed has problems, so nothing was written; the message lists every one. */
public final class InvalidSeedException extends RuntimeException {

	private final List<SeedProblem> problems;

	InvalidSeedException(List<SeedProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<SeedProblem> problems() {
		return this.problems;
	}

	static String describe(List<SeedProblem> problems) {
		return "The seed data has " + problems.size() + ((problems.size() == 1) ? " problem" : " problems")
				+ "; nothing was written to the database:\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
	}

}
