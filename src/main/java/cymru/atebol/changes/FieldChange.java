package cymru.atebol.changes;

import org.jspecify.annotations.Nullable;

/**
 * One field of a fact as it was before a change and after it, written as the exports
 * write values (dates ISO, lists joined with {@code "; "}); null: no value.
 */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
}
