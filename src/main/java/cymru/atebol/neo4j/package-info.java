/**
 * The database: the embedded Neo4j, the schema migrations and the one place Cypher is
 * run.
 */
@NullMarked
package cymru.atebol.neo4j;

import org.jspecify.annotations.NullMarked;
