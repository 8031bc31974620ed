package cymru.atebol.security;

import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The HTTP side of security: who may reach which endpoint, and how callers sign in.
 * Whether a signed-in caller may run a mutation is decided by method security on each
 * mutation handler ({@link EditorAccess}), since queries and mutations share one
 * endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class WebSecurityConfiguration {

	/** The role a metrics scraper's token carries where metrics are not public. */
	static final String METRICS_ROLE = "METRICS";

	/** The reconciliation API (cymru.atebol.reconcile). */
	static final String RECONCILE = "/reconcile";

	/**
	 * Always present (empty without accounts), so Spring Boot never creates its default
	 * user with a generated password: no credential works unless it was configured.
	 */
	@Bean
	InMemoryUserDetailsManager editorAccounts(AccessProperties access) {
		return EditorAccounts.from(access.editors());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessProperties access, EditingProperties editing,
			ObjectProvider<JwtDecoder> jwtDecoder, @Value("${spring.graphql.http.path:/graphql}") String graphQl,
			@Value("${atebol.metrics.public:true}") boolean publicMetrics) {
		boolean jwt = jwtDecoder.getIfAvailable() != null;
		boolean basic = !access.editors().isEmpty();
		SignInRequirement.check(editing.enabled(), access.publicReads(), jwt, access.editors().size());
		http.authorizeHttpRequests(requests -> {
			Consumer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl> reads = access.publicReads()
					? AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll
					: AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated;
			// GraphQL first: rules are tried in order on every request, and no other rule
			// names its path (the actuator's matchers cost most to try)
			reads.accept(requests.requestMatchers(HttpMethod.POST, graphQl));
			requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
			// metrics: open on a developer's machine, for a scraper with the METRICS
			// role in production (atebol.metrics.public=false, the prod profile)
			if (publicMetrics) {
				requests.requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class)).permitAll();
			}
			else {
				requests.requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
					.hasAnyRole(METRICS_ROLE, EditorAccounts.ROLE);
			}
			requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(EditorAccounts.ROLE);
			requests.requestMatchers("/error").permitAll();
			// Reads: GraphQL (whose mutations are refused inside GraphQL; above),
			// GraphiQL, the schema, exports. Any other method on any other path is
			// refused.
			// Reconciliation (OpenRefine) posts its query batches as a form: a read.
			reads.accept(requests.requestMatchers(HttpMethod.POST, RECONCILE));
			reads.accept(requests.requestMatchers(HttpMethod.GET, "/**"));
			requests.anyRequest().denyAll();
		});
		// No cookies and no sessions: credentials come with every request (Basic
		// or bearer). Nor can a cross-site page forge a GraphQL request: /graphql
		// takes only POSTs of JSON or application/graphql, which a browser sends
		// cross-site only after a CORS preflight naming an allowed origin.
		// /reconcile answers form posts too, but only reads and with no cookie to ride
		// on.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(graphQl, RECONCILE));
		// OpenRefine shows the reconciliation preview in a frame; every other page
		// refuses to be framed.
		http.headers(headers -> headers.frameOptions(frames -> frames.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern(RECONCILE + "/preview")),
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY))));
		http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		// No sign-in page, logout, request saved for after a sign-in or caller of the
		// servlet API's principal either: their filters would run on every request and
		// do nothing.
		http.logout(AbstractHttpConfigurer::disable);
		http.requestCache(AbstractHttpConfigurer::disable);
		http.servletApi(AbstractHttpConfigurer::disable);
		http.cors(Customizer.withDefaults());
		if (basic) {
			http.httpBasic(Customizer.withDefaults());
		}
		if (jwt) {
			http.oauth2ResourceServer(
					server -> server.jwt(token -> token.jwtAuthenticationConverter(new JwtRoles(access.jwt()))));
		}
		return http.build();
	}

	/**
	 * The allowed origins of {@code spring.graphql.cors.*}, applied before
	 * authentication.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(GraphQlCorsProperties cors,
			@Value("${spring.graphql.http.path:/graphql}") String graphQl) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = cors.toCorsConfiguration();
		if (configuration != null) {
			source.registerCorsConfiguration(graphQl, configuration);
		}
		// The reconciliation API requires CORS on every endpoint: its answers are public
		// reads, and no cookie goes with them (credentials are not allowed).
		CorsConfiguration reconcile = new CorsConfiguration();
		reconcile.addAllowedOrigin("*");
		reconcile.addAllowedMethod(HttpMethod.GET);
		reconcile.addAllowedMethod(HttpMethod.POST);
		reconcile.addAllowedHeader("Content-Type");
		reconcile.addAllowedHeader("Authorization");
		reconcile.setAllowCredentials(false);
		source.registerCorsConfiguration(RECONCILE, reconcile);
		source.registerCorsConfiguration(RECONCILE + "/**", reconcile);
		return source;
	}

}
