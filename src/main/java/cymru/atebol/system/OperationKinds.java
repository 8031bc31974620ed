package cymru.atebol.system;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What kind of operation a request runs, read from its document before anything runs it
 * (a GET may not run a mutation; the request deadline does not cut an edit short) and
 * remembered by document text, so a repeated query is parsed here once.
 */
@Component
public final class OperationKinds {

	/** The kind of the operation a request selects. */
	public enum Kind {

		QUERY, MUTATION, SUBSCRIPTION,

		/**
		 * The document does not parse, or names no operation it holds: GraphQL says why.
		 */
		UNKNOWN

	}

	private record Key(String text, @Nullable String operationName) {
	}

	/** Bounded by the characters of the texts kept (~1,000 documents of 1 KB). */
	private final Cache<Key, Kind> kinds = Caffeine.newBuilder()
		.maximumWeight(1_000_000)
		.weigher((Key key, Kind kind) -> key.text().length() + 1)
		.build();

	public Kind of(String text, @Nullable String operationName) {
		return this.kinds.get(new Key(text, operationName), OperationKinds::parse);
	}

	private static Kind parse(Key key) {
		Document document;
		try {
			document = Parser.parse(key.text());
		}
		catch (InvalidSyntaxException ex) {
			return Kind.UNKNOWN;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> key.operationName() == null || key.operationName().equals(operation.getName()))
			.toList();
		if (operations.size() != 1) {
			return Kind.UNKNOWN;
		}
		return switch (operations.get(0).getOperation()) {
			case QUERY -> Kind.QUERY;
			case MUTATION -> Kind.MUTATION;
			case SUBSCRIPTION -> Kind.SUBSCRIPTION;
		};
	}

}
