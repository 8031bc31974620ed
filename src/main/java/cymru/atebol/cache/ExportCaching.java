package cymru.atebol.cache;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import cymru.atebol.version.DatasetVersion;
import cymru.atebol.version.DatasetVersions;

/**
 * ETags and 304s for the exports ({@code /export/...}): a snapshot on a date changes only
 * with the dataset version, so {@code If-None-Match} with the ETag of the current version
 * is answered 304 before the export's queries run; a successful export carries the ETag
 * and the same {@code Cache-Control} as a public GraphQL GET.
 */
@ControllerAdvice
final class ExportCaching implements WebMvcConfigurer, HandlerInterceptor, ResponseBodyAdvice<Object> {

	private static final String EXPORT = ExportCaching.class.getName() + ".export";

	static final String ETAG = ExportCaching.class.getName() + ".etag";

	static final String CACHE_CONTROL = ExportCaching.class.getName() + ".cacheControl";

	private final DatasetVersions versions;

	private final boolean enabled;

	private final CacheHeaders caching;

	ExportCaching(DatasetVersions versions, CacheProperties properties) {
		this.versions = versions;
		this.enabled = properties.enabled();
		this.caching = new CacheHeaders(properties);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/export/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(EXPORT, true);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
		Optional<DatasetVersion> version = this.versions.current();
		boolean signedIn = Caller.current().signedIn();
		request.setAttribute(CACHE_CONTROL, signedIn ? "private, no-store" : "no-store");
		if (!this.enabled || !"GET".equals(request.getMethod()) || signedIn || version.isEmpty()) {
			return true;
		}
		String etag = HttpCaching.etag(version.get().tag(), null, MediaType.ALL,
				request.getRequestURI() + "?" + request.getQueryString());
		if (HttpCaching.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.caching.reusable());
			return false;
		}
		request.setAttribute(ETAG, etag);
		request.setAttribute(CACHE_CONTROL, this.caching.reusable());
		return true;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servletRequest
				&& response instanceof ServletServerHttpResponse servletResponse
				&& servletRequest.getServletRequest().getAttribute(EXPORT) != null) {
			boolean ok = servletResponse.getServletResponse().getStatus() == HttpStatus.OK.value();
			this.caching.apply(response.getHeaders(),
					ok ? (String) servletRequest.getServletRequest().getAttribute(ETAG) : null,
					Caller.current().signedIn());
		}
		return body;
	}

}
