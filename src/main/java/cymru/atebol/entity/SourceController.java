package cymru.atebol.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.source}, {@code Query.sources} and {@code Citation.source} (one batch per
 * level).
 */
@Controller
class SourceController {

	private final SourceQueries queries;

	SourceController(SourceQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	@Nullable Source source(@Argument String id) {
		return this.queries.sources(List.of(id)).get(id);
	}

	@QueryMapping
	List<Source> sources() {
		return this.queries.allSources();
	}

	@BatchMapping(typeName = "Citation", field = "source")
	Map<Citation, Source> citedSources(List<Citation> citations) {
		Map<String, Source> byId = this.queries.sources(citations.stream().map(Citation::sourceId).distinct().toList());
		Map<Citation, Source> sources = new HashMap<>();
		for (Citation citation : citations) {
			Source source = byId.get(citation.sourceId());
			if (source != null) {
				sources.put(citation, source);
			}
		}
		return sources;
	}

}
