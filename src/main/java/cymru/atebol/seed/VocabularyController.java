package cymru.atebol.seed;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code Query.vocabulary}: the kinds and relationship types with their meanings.
 */
@Controller
class VocabularyController {

	private final Vocabulary vocabulary;

	VocabularyController(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@QueryMapping
	Vocabulary vocabulary() {
		return this.vocabulary;
	}

}
