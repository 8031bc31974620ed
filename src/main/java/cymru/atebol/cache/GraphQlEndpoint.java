package cymru.atebol.cache;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import cymru.atebol.cache.GraphQlParameters.BadParameterException;
import cymru.atebol.system.OperationKinds;
import cymru.atebol.system.OperationKinds.Kind;
import cymru.atebol.cache.PersistedQueries.Found;
import cymru.atebol.cache.PersistedQueries.Refused;
import cymru.atebol.cache.PersistedQueries.Resolution;
import cymru.atebol.system.Today;
import cymru.atebol.version.DatasetVersion;
import cymru.atebol.version.DatasetVersions;

/**
 * {@code /graphql} over HTTP, POST and GET, answered in the request's own dispatch (no
 * second, asynchronous one): the document (its text, or a persisted query's hash); for a
 * GET, a mutation refused 405 and an {@code If-None-Match} that still holds answered 304;
 * then an answer from the {@link ResponseCache}; and only then execution, on the
 * request's own thread ({@code atebol.limits.query-timeout} interrupts it at the
 * deadline). An answer is written as JSON once; a successful query's bytes are cached as
 * they were sent. The header {@code X-Cache} says hit, miss or bypass (not cacheable
 * now). Spring MVC calls it for GETs and for POSTs {@link DirectGraphQlPosts} leaves to
 * it; both come to {@link #answer}.
 */
final class GraphQlEndpoint extends GraphQlHttpHandler {

	static final List<MediaType> RESPONSE_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

	private final WebGraphQlHandler graphQl;

	private final PersistedQueries persisted;

	private final OperationKinds kinds;

	private final ResponseCache cache;

	private final DatasetVersions versions;

	private final Today today;

	private final JsonMapper json;

	private final CacheHeaders caching;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	GraphQlEndpoint(WebGraphQlHandler graphQl, PersistedQueries persisted, OperationKinds kinds, ResponseCache cache,
			DatasetVersions versions, Today today, JsonMapper json, CacheHeaders caching) {
		super(graphQl);
		this.graphQl = graphQl;
		this.persisted = persisted;
		this.kinds = kinds;
		this.cache = cache;
		this.versions = versions;
		this.today = today;
		this.json = json;
		this.caching = caching;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		boolean get = HttpMethod.GET.equals(request.method());
		MediaType mediaType = responseMediaType(accepted(request));
		GraphQlParameters parameters;
		try {
			parameters = get ? GraphQlParameters.fromUrl(request, this.json) : GraphQlParameters.fromBody(request);
		}
		catch (BadParameterException ex) {
			return error(HttpStatus.BAD_REQUEST, mediaType, HttpCaching.error(ex.error(), this.json))
				.toServerResponse();
		}
		Answer answer = answer(get, mediaType, parameters, request.servletRequest());
		if (answer == null) {
			throw new ServerWebInputException("No 'query'");
		}
		return answer.toServerResponse();
	}

	/**
	 * The answer to a GraphQL request over HTTP, whichever way it came in (Spring MVC's
	 * {@link #handleRequest}, or {@link DirectGraphQlPosts}); {@code null} when the
	 * request names no document (no query and no persisted query's hash).
	 * @param get whether the request is a GET
	 * @param mediaType the response's media type
	 * @param parameters the request's GraphQL parameters, read from its URL or body
	 * @param request the request (its headers, URL, cookies and attributes)
	 */
	@Nullable Answer answer(boolean get, MediaType mediaType, GraphQlParameters parameters, HttpServletRequest request)
			throws ServletException {
		Resolution resolution = this.persisted.resolve(parameters.query(), parameters.extensions());
		if (resolution == null) {
			return null;
		}
		if (resolution instanceof Refused refused) {
			HttpStatus status = MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(mediaType) ? HttpStatus.BAD_REQUEST
					: HttpStatus.OK;
			return error(status, mediaType, HttpCaching.error(refused.error(), this.json));
		}
		Found document = (Found) resolution;
		Kind kind = this.kinds.of(document.text(), parameters.operationName());
		if (get && (kind == Kind.MUTATION || kind == Kind.SUBSCRIPTION)) {
			return error(HttpStatus.METHOD_NOT_ALLOWED, mediaType, HttpCaching
				.error("Only queries run on GET (GraphQL over HTTP); send mutations with POST.", this.json));
		}
		Caller caller = Caller.current();
		ResponseCache.Key key = key(document.text(), parameters, caller);
		String etag = (get && key != null && !caller.signedIn())
				? HttpCaching.etag(key.version(), key.today(), mediaType, request.getQueryString()) : null;
		if (etag != null && HttpCaching.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.VARY, CacheHeaders.VARY);
			this.caching.apply(headers, etag, false);
			return new Answer(HttpStatus.NOT_MODIFIED, null, null, headers);
		}
		byte[] cached = (key != null && !HttpCaching.noCache(request)) ? this.cache.get(key) : null;
		if (cached != null) {
			if (document.hash() != null) {
				// the text ran before, successfully: keep it by its hash
				this.persisted.remember(document.hash(), document.text());
			}
			HttpHeaders headers = new HttpHeaders();
			cacheHeaders(headers, get, etag, caller.signedIn());
			headers.set("X-Cache", "hit");
			return new Answer(HttpStatus.OK, mediaType, cached, headers);
		}
		WebGraphQlResponse response = execute(execution(request, new DefaultGraphQlRequest(document.text(),
				parameters.operationName(), parameters.variables(), parameters.extensions())));
		byte[] body = this.json.writeValueAsBytes(response.toMap());
		if (document.hash() != null && response.isValid()) {
			this.persisted.remember(document.hash(), document.text());
		}
		boolean cacheable = kind == Kind.QUERY && response.isValid() && response.getErrors().isEmpty();
		if (key != null && cacheable) {
			this.cache.put(key, body);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(response.getResponseHeaders());
		cacheHeaders(headers, get, cacheable ? etag : null, caller.signedIn() || kind == Kind.MUTATION);
		headers.set("X-Cache", (key != null && cacheable) ? "miss" : "bypass");
		return new Answer(selectResponseStatus(response, mediaType), mediaType, body, headers);
	}

	/**
	 * What the answer depends on, or {@code null} when it may not be cached: the cache is
	 * off, or this instance does not know the dataset version well enough now.
	 */
	private ResponseCache.@Nullable Key key(String text, GraphQlParameters parameters, Caller caller) {
		if (!this.cache.enabled()) {
			return null;
		}
		Optional<DatasetVersion> version = this.versions.current();
		return version
			.map((v) -> new ResponseCache.Key(text, parameters.operationName(), parameters.variables(),
					this.today.date(), caller.editor(), v.tag()))
			.orElse(null);
	}

	private WebGraphQlResponse execute(WebGraphQlRequest graphQlRequest) throws ServletException {
		// the interceptors and the execution run here, on the request's thread (with
		// Spring Security's context); the request deadline interrupts it if need be
		try {
			return this.graphQl.handleRequest(graphQlRequest).toFuture().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("Interrupted while the GraphQL request ran", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new ServletException(ex.getCause());
		}
	}

	private void cacheHeaders(HttpHeaders headers, boolean get, @Nullable String etag, boolean personal) {
		if (get) {
			headers.set(HttpHeaders.VARY, CacheHeaders.VARY);
		}
		this.caching.apply(headers, get ? etag : null, personal);
	}

	private static Answer error(HttpStatus status, MediaType mediaType, byte[] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setCacheControl("no-store");
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			headers.setAllow(java.util.Set.of(HttpMethod.POST));
		}
		return new Answer(status, mediaType, body, headers);
	}

	private static List<MediaType> accepted(ServerRequest request) {
		try {
			return request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			throw new NotAcceptableStatusException("Could not parse Accept header ["
					+ request.headers().firstHeader(HttpHeaders.ACCEPT) + "]: " + ex.getMessage());
		}
	}

	/**
	 * The first of the accepted types a GraphQL answer comes in, else JSON.
	 */
	static MediaType responseMediaType(List<MediaType> accepted) {
		for (MediaType mediaType : accepted) {
			if (RESPONSE_TYPES.contains(mediaType)) {
				return mediaType;
			}
		}
		return MediaType.APPLICATION_JSON;
	}

	/**
	 * What Spring for GraphQL executes: the document, and the HTTP request it came in.
	 */
	private WebGraphQlRequest execution(HttpServletRequest request, GraphQlRequest document) {
		ServletServerHttpRequest http = new ServletServerHttpRequest(request);
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		Cookie[] servletCookies = request.getCookies();
		if (servletCookies != null) {
			for (Cookie cookie : servletCookies) {
				cookies.add(cookie.getName(), new HttpCookie(cookie.getName(), cookie.getValue()));
			}
		}
		return new WebGraphQlRequest(http.getURI(), http.getHeaders(), cookies, http.getRemoteAddress(),
				http.getAttributes(), document, this.ids.generateId().toString(), LocaleContextHolder.getLocale());
	}

	/**
	 * An answer to write: its status, its body (none for a 304) in its media type, and
	 * its headers.
	 */
	record Answer(HttpStatus status, @Nullable MediaType mediaType, byte @Nullable [] body, HttpHeaders headers) {

		ServerResponse toServerResponse() {
			ServerResponse.BodyBuilder response = ServerResponse.status(this.status)
				.headers((headers) -> headers.putAll(this.headers));
			byte[] bytes = this.body;
			if (bytes == null || this.mediaType == null) {
				return response.build();
			}
			return response.contentType(this.mediaType)
				.contentLength(bytes.length)
				.build((servletRequest, servletResponse) -> {
					servletResponse.getOutputStream().write(bytes);
					return null;
				});
		}

		/** Written on the servlet response itself, as {@link #toServerResponse} would. */
		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(this.status.value());
			this.headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			byte[] bytes = this.body;
			if (bytes == null || this.mediaType == null) {
				return;
			}
			response.setContentType(this.mediaType.toString());
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

	}

}
