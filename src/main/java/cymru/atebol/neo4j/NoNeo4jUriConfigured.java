package cymru.atebol.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no Neo4j URI is configured, the case in which the service runs its own
 * embedded database. An empty {@code spring.neo4j.uri} (the default, fed by
 * {@code NEO4J_URI}) counts as none.
 */
final class NoNeo4jUriConfigured implements Condition {

	static final String URI_PROPERTY = "spring.neo4j.uri";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
	}

}
