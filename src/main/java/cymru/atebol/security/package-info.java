/**
 * Who may do what: public reads, EDITOR-only edits, JWT in production and configured
 * accounts locally.
 */
@NullMarked
package cymru.atebol.security;

import org.jspecify.annotations.NullMarked;
