package cymru.atebol.entity;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import cymru.atebol.system.DirectFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The most asked entity fields, {@code Query.entity}, {@code Query.search} and
 * {@code Entity.reportsTo}, as graphql-java data fetchers that call the controllers'
 * methods with the arguments graphql-java has already coerced. As controller mappings,
 * every call built a handler method (describing the method as a string), and bound each
 * argument through Spring's argument resolvers and binder: on the everyday lookup (an
 * entity with its {@code reportsTo}) 8 % of the service's CPU in a JFR profile, about as
 * much as reading the entity from Neo4j on the calling side. Errors reach the same
 * exception resolvers, the fetchers, like controllers, run with the request's context
 * (Spring for GraphQL wraps every data fetcher that is not trivial), and they describe
 * themselves as the controllers' did ({@link DirectFetcher}).
 */
@Configuration(proxyBeanMethods = false)
class DirectEntityFields {

	@Bean
	RuntimeWiringConfigurer entityFieldFetchers(EntityController entities,
			EntityRelationshipsController relationships) {
		return (wiring) -> wiring
			.type("Query",
					(type) -> type
						.dataFetcher("entity",
								DirectFetcher.loading("EntityController#entity", ResolvableType.forClass(Entity.class),
										(env) -> entities.entity(env.getArgument("id"), env.getArgument("asOf"),
												env.getArgument("recordedAsOf"), env.getArgument("datesKnown"), env,
												relationshipPages(env))))
						.dataFetcher("search",
								DirectFetcher.of("EntityController#search",
										ResolvableType.forClassWithGenerics(List.class, SearchHit.class),
										(env) -> entities.search(env.getArgument("text"), env.getArgument("asOf"),
												env.getArgument("recordedAsOf"), env.getArgument("datesKnown"),
												env.getArgument("first"), env))))
			.type("Entity",
					(type) -> type.dataFetcher("reportsTo",
							DirectFetcher.loading("EntityRelationshipsController#reportsTo",
									ResolvableType.forClassWithGenerics(CompletableFuture.class,
											ResolvableType.forClassWithGenerics(List.class, Relationship.class)),
									(env) -> relationships.reportsTo(env.getSource(), env.getArgument("asOf"),
											relationshipPages(env)))));
	}

	/**
	 * The request's DataLoader of relationship pages, registered by
	 * {@link EntityRelationshipsController} under its value type's name (the name
	 * {@link BatchLoaderRegistry#forTypePair} gives it).
	 */
	static DataLoader<RelationshipsKey, RelationshipPage> relationshipPages(DataFetchingEnvironment env) {
		DataLoader<RelationshipsKey, RelationshipPage> loader = env.getDataLoader(RelationshipPage.class.getName());
		if (loader == null) {
			throw new IllegalStateException("No DataLoader for " + RelationshipPage.class.getName());
		}
		return loader;
	}

}
