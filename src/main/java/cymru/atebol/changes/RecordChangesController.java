package cymru.atebol.changes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import cymru.atebol.system.Arguments;
import cymru.atebol.system.Connection;
import cymru.atebol.system.Cursors;
import cymru.atebol.version.VersionEntry;
import cymru.atebol.version.VersionHistory;

/**
 * Serves {@code Query.datasetVersions} and {@code Query.recordChanges}. Their cursors
 * name a version's number, so a page stays the same however many versions are recorded
 * after it.
 */
@Controller
class RecordChangesController {

	static final int MAX_VERSIONS = 100;

	static final int MAX_CHANGES = 20;

	/** Before every record time, for the list of all versions. */
	private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1000-01-01T00:00:00Z");

	private final VersionHistory versions;

	private final RecordChangeQueries queries;

	RecordChangesController(VersionHistory versions, RecordChangeQueries queries) {
		this.versions = versions;
		this.queries = queries;
	}

	@QueryMapping
	Connection<VersionEntry> datasetVersions(@Argument @Nullable Integer first, @Argument @Nullable String after,
			DataFetchingEnvironment env) {
		int size = Arguments.within(env, "first", first, 0, MAX_VERSIONS);
		long from = Cursors.startAfter(after, "after");
		List<VersionEntry> page = this.versions.after(BEGINNING, from, Long.MAX_VALUE, size + 1);
		return connection(page, size, after != null, VersionEntry::number);
	}

	@QueryMapping
	Connection<RecordChange> recordChanges(@Argument OffsetDateTime since, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment env) {
		int size = Arguments.within(env, "first", first, 0, MAX_CHANGES);
		long from = Cursors.startAfter(after, "after");
		List<VersionEntry> window = this.versions.after(since, from, Long.MAX_VALUE, size + 1);
		List<RecordChange> page = this.queries.changes(window.subList(0, Math.min(size, window.size())));
		return connection(page, window.size() > size, after != null, (change) -> change.version().number());
	}

	private static <T> Connection<T> connection(List<T> items, int size, boolean hasPrevious,
			ToLongFunction<T> number) {
		return connection(items.subList(0, Math.min(size, items.size())), items.size() > size, hasPrevious, number);
	}

	private static <T> Connection<T> connection(List<T> items, boolean hasNext, boolean hasPrevious,
			ToLongFunction<T> number) {
		List<Connection.Edge<T>> edges = new ArrayList<>(items.size());
		for (T item : items) {
			edges.add(new Connection.Edge<>(item, Cursors.encode((int) number.applyAsLong(item))));
		}
		return new Connection<>(edges,
				new Connection.PageInfo(hasNext, hasPrevious, edges.isEmpty() ? null : edges.get(0).cursor(),
						edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
				null);
	}

}
