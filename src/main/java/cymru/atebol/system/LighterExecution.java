package cymru.atebol.system;

import io.micrometer.observation.ObservationRegistry;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Per-field work the service does not need. Spring for GraphQL, with virtual threads on,
 * calls every blocking controller method on a thread of its own (a new virtual thread, a
 * context snapshot and a future for each {@code name} or {@code upward} field: about 20
 * per chain and 70 per org chart); here they run on the thread executing the request,
 * which is itself a virtual thread and may block. And the observation instrumentation
 * wraps every data fetcher in an observation even when data-fetcher observations are
 * switched off ({@code management.observations.enable.graphql.datafetcher=false}): then
 * it leaves them alone and observes the request only.
 */
@Configuration(proxyBeanMethods = false)
class LighterExecution {

	@Bean
	static BeanPostProcessor controllersOnTheCallingThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}
		};
	}

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObjectProvider<ObservationRegistry> registries,
			ObjectProvider<ExecutionRequestObservationConvention> requests,
			ObjectProvider<DataFetcherObservationConvention> dataFetchers,
			ObjectProvider<DataLoaderObservationConvention> dataLoaders,
			@Value("${management.observations.enable.graphql.datafetcher:true}") boolean observeDataFetchers) {
		ObservationRegistry registry = registries.getIfAvailable(() -> ObservationRegistry.NOOP);
		if (observeDataFetchers) {
			return new GraphQlObservationInstrumentation(registry, requests.getIfAvailable(),
					dataFetchers.getIfAvailable(), dataLoaders.getIfAvailable());
		}
		return new RequestObservation(registry, requests.getIfAvailable(), dataFetchers.getIfAvailable(),
				dataLoaders.getIfAvailable());
	}

	/**
	 * The instrumentations as one chain that does nothing per field when none of them
	 * needs to ({@link RequestLevelInstrumentation}); Spring for GraphQL's own chain is
	 * replaced.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer requestLevelInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl
			.instrumentation(RequestLevelInstrumentation.of(instrumentations.orderedStream().toList())));
	}

	/** The request's observation without one per data fetcher. */
	static final class RequestObservation extends GraphQlObservationInstrumentation
			implements RequestLevelInstrumentation.RequestLevel {

		RequestObservation(ObservationRegistry registry, @Nullable ExecutionRequestObservationConvention requests,
				@Nullable DataFetcherObservationConvention dataFetchers,
				@Nullable DataLoaderObservationConvention dataLoaders) {
			super(registry, requests, dataFetchers, dataLoaders);
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return dataFetcher;
		}

	}

}
