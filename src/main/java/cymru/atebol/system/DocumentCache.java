package cymru.atebol.system;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.jspecify.annotations.Nullable;

/**
 * Keeps parsed and validated GraphQL documents, so a client that sends the same query
 * again (every client does: the query text is constant, only the variables change) skips
 * graphql-java's parse and validation.
 * <p>
 * Only documents that parsed and validated without errors are kept: an invalid document
 * is parsed and validated again every time and reports its errors every time. A document
 * refused by a validation-time limit (the field count of {@code cymru.atebol.limits}) is
 * refused by an exception and never kept either. The key is the query text <em>and</em>
 * the operation name, because that limit counts the fields of the selected operation
 * only: a document kept for one of its operations must not let another one of its
 * operations skip the count. The other limits (depth, complexity, arguments, editor-only
 * mutations) run when the operation executes, cached or not.
 * <p>
 * Bounded by the total length of the query texts kept ({@link #DEFAULT_MAX_CHARACTERS}),
 * least recently used out first: a parsed document takes a few times its text, so the
 * cache stays at a few MiB whatever clients send (each document is at most
 * {@code atebol.limits.max-document-bytes} anyway).
 */
public final class DocumentCache implements PreparsedDocumentProvider {

	/** Query text characters kept, in all: ~1,000 documents of 1 KB. */
	public static final long DEFAULT_MAX_CHARACTERS = 1_000_000;

	private record Key(String query, @Nullable String operationName) {
	}

	private final Cache<Key, PreparsedDocumentEntry> cache;

	public DocumentCache() {
		this(DEFAULT_MAX_CHARACTERS);
	}

	public DocumentCache(long maxCharacters) {
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maxCharacters)
			.weigher((Key key, PreparsedDocumentEntry entry) -> key.query().length() + 1)
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Key key = new Key(input.getQuery(), input.getOperationName());
		PreparsedDocumentEntry entry = this.cache.getIfPresent(key);
		if (entry == null) {
			// Two requests missing at once both parse; the second put replaces an equal
			// entry.
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				this.cache.put(key, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept now (for tests). */
	long size() {
		this.cache.cleanUp();
		return this.cache.estimatedSize();
	}

}
