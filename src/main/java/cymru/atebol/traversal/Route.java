package cymru.atebol.traversal;

import java.util.List;

/** One upward route from the chain's start to a top, nearest step first. */
record Route(List<Step> steps) {
}
