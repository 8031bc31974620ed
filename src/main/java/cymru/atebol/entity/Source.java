package cymru.atebol.entity;

import org.jspecify.annotations.Nullable;

/** A source of facts: a seed document or a public page. */
public record Source(String id, String title, @Nullable String publisher, @Nullable String date, @Nullable String url,
		@Nullable String file, @Nullable Integer tier) {
}
