package cymru.atebol.editing;

import cymru.atebol.system.ConflictException;

/**
 * Optimistic concurrency: an edit names the version it read, and is refused when the
 * graph holds another, so no edit silently overwrites one made since. Checked after the
 * edit has locked what it changes, so of two edits based on the same version exactly one
 * wins.
 */
final class Versions {

	private Versions() {
	}

	static void check(String argument, String what, int expected, int actual) {
		if (expected != actual) {
			throw new ConflictException(argument,
					"%s has version %d, the edit was based on version %d: reload and reapply".formatted(what, actual,
							expected));
		}
	}

}
