package cymru.atebol.system;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A data fetcher that calls a controller's method itself, with the arguments graphql-java
 * has already read, in place of Spring for GraphQL's controller mapping (which binds
 * every argument through its resolvers on every call). It says what it returns and
 * whether a DataLoader does its work, as Spring's own controller fetchers do: the schema
 * inspection checks its return type against the schema, and with data-fetcher
 * observations on, a fetcher that hands its work to a DataLoader is not observed (the
 * loader's batches are), as for a controller method with a DataLoader argument.
 *
 * @param description the method it calls, for reports
 * @param returnType what {@code fetch} returns
 * @param usesDataLoader whether it hands its work to a DataLoader
 * @param fetch the call
 */
public record DirectFetcher<T>(String description, ResolvableType returnType, boolean usesDataLoader,
		DataFetcher<T> fetch) implements SelfDescribingDataFetcher<T> {

	/** A fetcher that does its own work. */
	public static <T> DirectFetcher<T> of(String description, ResolvableType returnType, DataFetcher<T> fetch) {
		return new DirectFetcher<>(description, returnType, false, fetch);
	}

	/** A fetcher that hands its work to a DataLoader. */
	public static <T> DirectFetcher<T> loading(String description, ResolvableType returnType, DataFetcher<T> fetch) {
		return new DirectFetcher<>(description, returnType, true, fetch);
	}

	@Override
	public @Nullable T get(DataFetchingEnvironment environment) throws Exception {
		return this.fetch.get(environment);
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public ResolvableType getReturnType() {
		return this.returnType;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
