package cymru.atebol.explorer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where the explorer and GraphiQL are once the service answers, so a newcomer who
 * ran the README's command has a URL to open.
 */
@Component
final class ExplorerAddress {

	private static final Log logger = LogFactory.getLog(ExplorerAddress.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String base = "http://localhost:" + web.getWebServer().getPort();
			logger.info("Atebol is ready. Explorer: " + base + "/  GraphiQL: " + base + "/graphiql  GraphQL: POST "
					+ base + "/graphql");
		}
	}

}
