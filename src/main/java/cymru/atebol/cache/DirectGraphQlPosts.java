package cymru.atebol.cache;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

import cymru.atebol.cache.GraphQlEndpoint.Answer;
import cymru.atebol.system.BufferedBodyRequest;

/**
 * Answers a plain GraphQL POST (a JSON body, an {@code Accept} the endpoint answers in)
 * at the end of the filter chain, after Spring Security, the request's observation and
 * the body limit, with the same {@link GraphQlEndpoint#answer} Spring MVC would call, but
 * without Spring MVC's dispatch around it (finding the handler, wrapping the request and
 * the response, writing the headers through them): about a tenth of a lookup's CPU.
 * Anything else (other methods, other media types, a body it cannot read as a GraphQL
 * request, one that names no document) goes on to Spring MVC as before, with its body as
 * it came, so refusals are Spring MVC's own.
 */
final class DirectGraphQlPosts extends OncePerRequestFilter {

	private final GraphQlEndpoint endpoint;

	private final String path;

	private final JsonMapper json;

	DirectGraphQlPosts(GraphQlEndpoint endpoint, String path, JsonMapper json) {
		this.endpoint = endpoint;
		this.path = path;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().equals(request.getContextPath() + this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MediaType mediaType = plain(request);
		if (mediaType == null) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = StreamUtils.copyToByteArray(request.getInputStream());
		GraphQlParameters parameters = GraphQlParameters.fromJson(body, this.json);
		Answer answer = (parameters != null) ? this.endpoint.answer(false, mediaType, parameters, request) : null;
		if (answer == null) {
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		// the request's metrics are tagged with the path, as Spring MVC's mapping does
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(this.path));
		answer.writeTo(response);
	}

	/**
	 * The media type to answer in, when the request is one this filter answers: a JSON
	 * body in UTF-8, and an {@code Accept} that is absent or readable and takes a GraphQL
	 * answer ({@code null} otherwise).
	 */
	private static @Nullable MediaType plain(HttpServletRequest request) {
		try {
			String contentType = request.getContentType();
			if (contentType == null) {
				return null;
			}
			MediaType body = MediaType.parseMediaType(contentType);
			Charset charset = body.getCharset();
			if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(body)
					|| (charset != null && !StandardCharsets.UTF_8.equals(charset))) {
				return null;
			}
			List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
			List<MediaType> accepted = accept.isEmpty() ? List.of() : MediaType.parseMediaTypes(accept);
			if (!accepted.isEmpty() && accepted.stream()
				.noneMatch((type) -> GraphQlEndpoint.RESPONSE_TYPES.contains(type)
						|| type.includes(MediaType.APPLICATION_JSON))) {
				return null;
			}
			return GraphQlEndpoint.responseMediaType(accepted);
		}
		catch (IllegalArgumentException ex) {
			// an unreadable media type (InvalidMediaTypeException) or charset
			return null;
		}
	}

}
