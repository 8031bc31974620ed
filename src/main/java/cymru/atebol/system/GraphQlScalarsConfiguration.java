package cymru.atebol.system;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's scalars: ISO-8601 {@code Date} and {@code DateTime} from graphql-java's
 * extended scalars.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlScalarsConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime);
	}

}
