import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cymru.atebol.neo4j.Cypher;

/**
 * Reads a statement template of the service on standard input and prints it as the service runs it
 * today (no record time): its {{...}} fragments expanded by the service's own cymru.atebol.neo4j.Cypher.
 * Used by sync-cypher.mjs, with the service's compiled classes on the class path.
 */
public class ExpandCypher {

	public static void main(String[] args) throws IOException {
		String template = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
		System.out.print(Cypher.compose(template).now());
	}

}
