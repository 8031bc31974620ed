package cymru.atebol.seed;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import cymru.atebol.neo4j.SchemaMigrations;

/**
 * Loads the seed during start-up, after the schema migrations and before the service
 * answers, when the seed differs from what the database holds. An invalid seed stops
 * start-up.
 */
@Component
final class SeedOnStartup implements InitializingBean {

	private final SeedLoader loader;

	private final SeedProperties properties;

	SeedOnStartup(SeedLoader loader, SeedProperties properties, SchemaMigrations migrations) {
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.properties.loadOnStartup()) {
			this.loader.load(false);
		}
	}

}
