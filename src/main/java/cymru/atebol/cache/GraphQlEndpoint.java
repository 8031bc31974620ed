package cymru.atebol.cache;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * now).
 */
final class GraphQlEndpoint extends GraphQlHttpHandler {

	private static final List<MediaType> RESPONSE_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
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
		MediaType mediaType = responseMediaType(request);
		GraphQlParameters parameters;
		try {
			parameters = get ? GraphQlParameters.fromUrl(request, this.json) : GraphQlParameters.fromBody(request);
		}
		catch (BadParameterException ex) {
			return error(HttpStatus.BAD_REQUEST, mediaType, HttpCaching.error(ex.error(), this.json));
		}
		Resolution resolution = this.persisted.resolve(parameters.query(), parameters.extensions());
		if (resolution == null) {
			throw new ServerWebInputException("No 'query'");
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
				? HttpCaching.etag(key.version(), key.today(), mediaType, request.servletRequest().getQueryString())
				: null;
		if (etag != null && HttpCaching.matches(request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED).headers((headers) -> {
				headers.set(HttpHeaders.VARY, CacheHeaders.VARY);
				this.caching.apply(headers, etag, false);
			}).build();
		}
		byte[] cached = (key != null && !HttpCaching.noCache(request)) ? this.cache.get(key) : null;
		if (cached != null) {
			if (document.hash() != null) {
				// the text ran before, successfully: keep it by its hash
				this.persisted.remember(document.hash(), document.text());
			}
			return answer(HttpStatus.OK, mediaType, cached, (headers) -> {
				cacheHeaders(headers, get, etag, caller.signedIn());
				headers.set("X-Cache", "hit");
			});
		}
		WebGraphQlResponse response = execute(request, document.text(), parameters);
		byte[] body = this.json.writeValueAsBytes(response.toMap());
		if (document.hash() != null && response.isValid()) {
			this.persisted.remember(document.hash(), document.text());
		}
		boolean cacheable = kind == Kind.QUERY && response.isValid() && response.getErrors().isEmpty();
		if (key != null && cacheable) {
			this.cache.put(key, body);
		}
		return answer(selectResponseStatus(response, mediaType), mediaType, body, (headers) -> {
			headers.putAll(response.getResponseHeaders());
			cacheHeaders(headers, get, cacheable ? etag : null, caller.signedIn() || kind == Kind.MUTATION);
			headers.set("X-Cache", (key != null && cacheable) ? "miss" : "bypass");
		});
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

	private WebGraphQlResponse execute(ServerRequest request, String text, GraphQlParameters parameters)
			throws ServletException {
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(
				request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), new DefaultGraphQlRequest(text,
						parameters.operationName(), parameters.variables(), parameters.extensions()),
				this.ids.generateId().toString(), LocaleContextHolder.getLocale());
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

	private static ServerResponse answer(HttpStatus status, MediaType mediaType, byte[] body,
			Consumer<HttpHeaders> headers) {
		return ServerResponse.status(status)
			.headers(headers)
			.contentType(mediaType)
			.contentLength(body.length)
			.build((servletRequest, servletResponse) -> {
				servletResponse.getOutputStream().write(body);
				return null;
			});
	}

	private static ServerResponse error(HttpStatus status, MediaType mediaType, byte[] body) {
		return answer(status, mediaType, body, (headers) -> {
			headers.setCacheControl("no-store");
			if (status == HttpStatus.METHOD_NOT_ALLOWED) {
				headers.setAllow(java.util.Set.of(HttpMethod.POST));
			}
		});
	}

	private static MediaType responseMediaType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			throw new NotAcceptableStatusException("Could not parse Accept header ["
					+ request.headers().firstHeader(HttpHeaders.ACCEPT) + "]: " + ex.getMessage());
		}
		for (MediaType mediaType : accepted) {
			if (RESPONSE_TYPES.contains(mediaType)) {
				return mediaType;
			}
		}
		return MediaType.APPLICATION_JSON;
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values
				.forEach((cookie) -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

}
