package cymru.atebol.system;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Relay cursor connection ({@code EntityConnection},
 * {@code RelationshipConnection}), built from the page's items, the offset of its first
 * item and, when counted, the total across pages.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, @Nullable Integer count) {

	/** A page when the total across pages is known. */
	public static <T> Connection<T> of(List<T> items, int offset, int totalCount) {
		return of(items, offset, offset + items.size() < totalCount, totalCount);
	}

	/**
	 * A page whose total is known only if it was asked for ({@code count} null otherwise:
	 * counting every match costs a scan the page alone does not need).
	 */
	public static <T> Connection<T> of(List<T> items, int offset, boolean hasNextPage, @Nullable Integer totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(items.get(i), Cursors.encode(offset + i)));
		}
		PageInfo pageInfo = new PageInfo(hasNextPage, offset > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	/**
	 * The total across pages; only read when the query selected it, which is when it was
	 * counted.
	 */
	public int totalCount() {
		if (this.count == null) {
			throw new IllegalStateException("totalCount was read but not counted: count when it is selected");
		}
		return this.count;
	}

	/** An item and its cursor. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Relay paging information. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
