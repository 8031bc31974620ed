package cymru.atebol.traversal;

import java.util.List;

/** One way two entities are linked, from {@code from} to {@code to}. */
record Path(List<Step> steps) {

	public int length() {
		return this.steps.size();
	}

}
