package cymru.atebol.history;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import cymru.atebol.entity.NodeLookup;

/** Lets {@code Query.node} find change events by id. */
@Component
class ChangeEventNodeLookup implements NodeLookup {

	private final HistoryQueries queries;

	ChangeEventNodeLookup(HistoryQueries queries) {
		this.queries = queries;
	}

	@Override
	public @Nullable Object node(String id) {
		return this.queries.event(id).orElse(null);
	}

}
