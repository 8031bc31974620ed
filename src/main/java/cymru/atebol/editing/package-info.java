/**
 * The maintainers' editing API: the mutations of {@code schema/editing.graphqls}. Each
 * edit is one write transaction that checks its input by the seed's rules
 * ({@code FactRules}), checks the version the editor read, supersedes what it changes in
 * record time (nothing is deleted) and records a change event naming the editor. The
 * Cypher is all in {@link cymru.atebol.editing.EditCypher}.
 */
@NullMarked
package cymru.atebol.editing;

import org.jspecify.annotations.NullMarked;
