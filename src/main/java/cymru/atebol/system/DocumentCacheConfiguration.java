package cymru.atebol.system;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives graphql-java the {@link DocumentCache}: a repeated query is parsed and validated
 * once.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCacheConfiguration {

	@Bean
	DocumentCache documentCache() {
		return new DocumentCache();
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache documentCache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documentCache));
	}

}
