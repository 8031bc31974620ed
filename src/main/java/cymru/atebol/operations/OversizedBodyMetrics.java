package cymru.atebol.operations;

import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts GraphQL requests whose body was too large (413, answered by the body-size limit
 * before GraphQL reads anything) as an {@code atebol.refusals} of reason
 * {@code atebol.limits.max-request-bytes}.
 */
final class OversizedBodyMetrics extends OncePerRequestFilter {

	static final String REASON = "atebol.limits.max-request-bytes";

	private final MeterRegistry registry;

	OversizedBodyMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.CONTENT_TOO_LARGE.value()) {
			RefusalMetrics.increment(this.registry, REASON);
		}
	}

}
