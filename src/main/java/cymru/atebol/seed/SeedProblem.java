package cymru.atebol.seed;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with the seed: where it is, what is wrong and how to fix it.
 *
 * @param file the seed file, relative to the seed folder
 * @param line the line in that file (1-based), or 0 when the problem is with the file as
 * a whole
 * @param message what is wrong
 * @param hint how to fix it, or {@code null}
 */
public record SeedProblem(String file, int line, String message, @Nullable String hint) {

	@Override
	public String toString() {
		String where = (this.line > 0) ? this.file + ":" + this.line : this.file;
		return where + ": " + this.message + ((this.hint != null) ? " (" + this.hint + ")" : "");
	}

}
