/**
 * The explorer page (static files under {@code src/main/resources/static}, served at
 * {@code /}): it uses only the public GraphQL API, so the Java side only says where to
 * find it.
 */
@NullMarked
package cymru.atebol.explorer;

import org.jspecify.annotations.NullMarked;
