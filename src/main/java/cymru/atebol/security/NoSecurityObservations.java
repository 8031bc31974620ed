package cymru.atebol.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security unobserved: no observation of the filter chain, of authentication or of
 * authorization. Nothing here reads them, and with an observation registry present Spring
 * Security otherwise wraps each filter of the chain in an observing filter and starts an
 * observation per filter for every request, a few per cent of the service's CPU per
 * request in the benchmark's profile even with those observations disabled by name. The
 * request itself stays observed ({@code http.server.requests}, {@code graphql.request}).
 */
@Configuration(proxyBeanMethods = false)
class NoSecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
