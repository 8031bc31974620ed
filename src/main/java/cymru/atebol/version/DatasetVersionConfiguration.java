package cymru.atebol.version;

import graphql.execution.instrumentation.Instrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** After every mutation, this instance reads the dataset version again. */
@Configuration(proxyBeanMethods = false)
class DatasetVersionConfiguration {

	@Bean
	@Order(5)
	Instrumentation refreshAfterMutations(DatasetVersions versions) {
		return new RefreshAfterMutations(versions);
	}

}
