package cymru.atebol.traversal;

import cymru.atebol.system.DirectFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * {@code Query.accountabilityChain}, the most asked traversal, as a graphql-java data
 * fetcher that calls {@link TraversalController} with the arguments graphql-java has
 * already coerced, not as a controller mapping (whose handler method and argument binding
 * were 3 % of a chain's CPU); why, as for the entity fields:
 * {@code cymru.atebol.entity.DirectEntityFields}.
 */
@Configuration(proxyBeanMethods = false)
class DirectTraversalFields {

	@Bean
	RuntimeWiringConfigurer traversalFieldFetchers(TraversalController traversals) {
		return (wiring) -> wiring.type("Query",
				(type) -> type.dataFetcher("accountabilityChain",
						DirectFetcher.of("TraversalController#accountabilityChain",
								ResolvableType.forClass(AccountabilityChain.class),
								(env) -> traversals.accountabilityChain(env.getArgument("from"),
										env.getArgument("asOf"), env.getArgument("recordedAsOf"),
										env.getArgument("datesKnown")))));
	}

}
