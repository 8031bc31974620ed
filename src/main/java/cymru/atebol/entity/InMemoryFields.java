package cymru.atebol.entity;

import java.time.LocalDate;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The fields answered from what is already loaded, on every entity and relationship of an
 * answer: {@code Entity.name}, {@code nameCy} and {@code shortName} on a date (the
 * entity's own date unless the field has an {@code asOf}), and
 * {@code Relationship.upward}. They are graphql-java data fetchers marked trivial (no
 * I/O, no context to carry), not controller methods: a controller method costs, at every
 * field, the binding of its arguments, a reflective call and a snapshot of the thread's
 * context, which on an org chart's seventy entities was more work than the names
 * themselves.
 */
@Configuration(proxyBeanMethods = false)
class InMemoryFields {

	@Bean
	RuntimeWiringConfigurer inMemoryEntityFields(RelationTypes relationTypes) {
		return (wiring) -> wiring
			.type("Entity",
					(type) -> type.dataFetcher("name", new NameOnDate(Name::name))
						.dataFetcher("nameCy", new NameOnDate(Name::nameCy))
						.dataFetcher("shortName", new NameOnDate(Name::shortName)))
			.type("Relationship",
					(type) -> type.dataFetcher("upward", (TrivialDataFetcher<Boolean>) (env) -> relationTypes
						.isUpward(env.<Relationship>getSource().type())));
	}

	/**
	 * One part of the name in force on the field's {@code asOf}, else the entity's date.
	 */
	private record NameOnDate(Function<Name, @Nullable String> part) implements TrivialDataFetcher<@Nullable String> {

		@Override
		public @Nullable String get(DataFetchingEnvironment env) {
			Entity entity = env.getSource();
			LocalDate asOf = env.getArgument("asOf");
			return this.part.apply(entity.nameOn((asOf != null) ? asOf : entity.asOf()));
		}

	}

}
