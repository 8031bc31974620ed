package cymru.atebol.traversal;

import org.jspecify.annotations.Nullable;

import cymru.atebol.system.DirectFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * {@code Query.accountabilityChain} and {@code Query.subgraph}, the most asked traversals
 * (a chain, an org chart), as graphql-java data fetchers that call
 * {@link TraversalController} with the arguments graphql-java has already coerced, not as
 * controller mappings (whose handler method and argument binding were 3 % of a chain's
 * CPU); why, as for the entity fields: {@code cymru.atebol.entity.DirectEntityFields}.
 */
@Configuration(proxyBeanMethods = false)
class DirectTraversalFields {

	@Bean
	RuntimeWiringConfigurer traversalFieldFetchers(TraversalController traversals) {
		return (wiring) -> wiring.type("Query", (type) -> type
			.dataFetcher("accountabilityChain",
					DirectFetcher.of("TraversalController#accountabilityChain",
							ResolvableType.forClass(AccountabilityChain.class),
							(env) -> traversals.accountabilityChain(env.getArgument("from"), env.getArgument("asOf"),
									env.getArgument("recordedAsOf"), env.getArgument("datesKnown"))))
			.dataFetcher("subgraph",
					DirectFetcher.of("TraversalController#subgraph", ResolvableType.forClass(Subgraph.class),
							(env) -> traversals.subgraph(env.getArgument("root"),
									direction(env.getArgument("direction")), env.getArgument("depth"),
									env.getArgument("types"), env.getArgument("asOf"), env.getArgument("recordedAsOf"),
									env.getArgument("datesKnown"), env.getArgument("limit"), env))));
	}

	/**
	 * The {@code direction} argument: graphql-java gives a schema enum's value by its
	 * name.
	 */
	static @Nullable Direction direction(@Nullable String name) {
		return (name != null) ? Direction.valueOf(name) : null;
	}

}
