package cymru.atebol.cache;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

import graphql.GraphQLError;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
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

import cymru.atebol.cache.OperationKinds.Kind;
import cymru.atebol.cache.PersistedQueries.Found;
import cymru.atebol.cache.PersistedQueries.Refused;
import cymru.atebol.cache.PersistedQueries.Resolution;
import cymru.atebol.system.Today;
import cymru.atebol.version.DatasetVersion;
import cymru.atebol.version.DatasetVersions;

/**
 * {@code /graphql} over HTTP, POST and GET, answered in the request's own dispatch: the
 * document (its text, or a persisted query's hash), then for a GET an
 * {@code If-None-Match} that still holds answered 304 and a mutation refused 405, then an
 * answer from the {@link ResponseCache}, and only then execution (on a virtual thread of
 * its own, so that {@code atebol.limits.query-timeout} can answer while a field still
 * runs). What runs is written as JSON once, and a successful query's bytes are cached as
 * they were sent.
 */
final class GraphQlEndpoint extends GraphQlHttpHandler {

	private static final List<MediaType> RESPONSE_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	/** What a GET answer depends on besides its URL. */
	private static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.AUTHORIZATION;

	private final WebGraphQlHandler graphQl;

	private final PersistedQueries persisted;

	private final OperationKinds kinds;

	private final ResponseCache cache;

	private final DatasetVersions versions;

	private final Today today;

	private final JsonMapper json;

	private final String publicCacheControl;

	private final Scheduler executions = Schedulers
		.fromExecutorService(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("graphql-", 0).factory()));

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	GraphQlEndpoint(WebGraphQlHandler graphQl, PersistedQueries persisted, OperationKinds kinds, ResponseCache cache,
			DatasetVersions versions, Today today, JsonMapper json, CacheProperties properties) {
		super(graphQl);
		this.graphQl = graphQl;
		this.persisted = persisted;
		this.kinds = kinds;
		this.cache = cache;
		this.versions = versions;
		this.today = today;
		this.json = json;
		this.publicCacheControl = "public, max-age=" + properties.maxAge().toSeconds() + ", must-revalidate";
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		boolean get = HttpMethod.GET.equals(request.method());
		MediaType mediaType = responseMediaType(request);
		Body body;
		try {
			body = get ? Body.fromParameters(request, this.json) : Body.read(request);
		}
		catch (BadParameterException ex) {
			return error(HttpStatus.BAD_REQUEST, mediaType, ex.error(), get);
		}
		Resolution resolution = this.persisted.resolve(body.query(), body.extensions());
		if (resolution == null) {
			throw new ServerWebInputException("No 'query'");
		}
		if (resolution instanceof Refused refused) {
			return error(requestErrorStatus(mediaType), mediaType, refused.error(), get);
		}
		Found document = (Found) resolution;
		if (get && this.kinds.of(document.text(), body.operationName()) != Kind.QUERY
				&& this.kinds.of(document.text(), body.operationName()) != Kind.UNKNOWN) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(mediaType)
				.build(write(bytes(HttpCaching
					.error("Only queries run on GET (GraphQL over HTTP); send mutations with POST.", this.json))));
		}
		Caller caller = Caller.current();
		ResponseCache.Key key = key(document.text(), body, caller);
		String etag = (get && key != null && !caller.signedIn())
				? HttpCaching.etag(key.version(), key.today(), mediaType, request.servletRequest().getQueryString())
				: null;
		if (etag != null && HttpCaching.matches(request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.headers((headers) -> cacheHeaders(headers, true, caller, etag, false))
				.build();
		}
		byte[] cached = (key != null && !HttpCaching.noCache(request)) ? this.cache.get(key) : null;
		if (cached != null) {
			return answer(HttpStatus.OK, mediaType, cached, HttpHeaders.EMPTY,
					(headers) -> cacheHeaders(headers, get, caller, etag, false), "hit");
		}
		WebGraphQlResponse response = execute(request, document.text(), body);
		HttpStatus status = selectResponseStatus(response, mediaType);
		byte[] answer = this.json.writeValueAsBytes(response.toMap());
		if (document.hash() != null && response.isValid()) {
			this.persisted.remember(document.hash(), document.text());
		}
		boolean cacheable = response.isValid() && response.getErrors().isEmpty()
				&& this.kinds.of(document.text(), body.operationName()) == Kind.QUERY;
		if (key != null && cacheable) {
			this.cache.put(key, answer);
		}
		boolean mutation = !cacheable && this.kinds.of(document.text(), body.operationName()) == Kind.MUTATION;
		return answer(status, mediaType, answer, response.getResponseHeaders(),
				(headers) -> cacheHeaders(headers, get, caller, cacheable ? etag : null, mutation),
				(key != null) ? "miss" : "bypass");
	}

	/**
	 * What the answer depends on, or {@code null} when it may not be cached: the cache is
	 * off, or this instance does not know the dataset version well enough.
	 */
	private ResponseCache.@Nullable Key key(String text, Body body, Caller caller) {
		if (!this.cache.enabled()) {
			return null;
		}
		Optional<DatasetVersion> version = this.versions.current();
		if (version.isEmpty()) {
			return null;
		}
		LocalDate day = this.today.date();
		return new ResponseCache.Key(text, body.operationName(), body.variables(), day, caller.editor(),
				version.get().tag());
	}

	private WebGraphQlResponse execute(ServerRequest request, String text, Body body) throws ServletException {
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(),
				new DefaultGraphQlRequest(text, body.operationName(), body.variables(), body.extensions()),
				this.ids.generateId().toString(), LocaleContextHolder.getLocale());
		// the interceptors run here, on the request thread (Spring Security's context);
		// the execution on its own virtual thread, so that the deadline interceptor can
		// answer while a field is still running
		CompletableFuture<WebGraphQlResponse> future = this.graphQl.handleRequest(graphQlRequest)
			.subscribeOn(this.executions)
			.toFuture();
		try {
			return future.get();
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

	private void cacheHeaders(HttpHeaders headers, boolean get, Caller caller, @Nullable String etag,
			boolean mutation) {
		if (get) {
			headers.set(HttpHeaders.VARY, VARY);
		}
		if (caller.signedIn() || mutation) {
			headers.setCacheControl("private, no-store");
		}
		else if (get && etag != null) {
			headers.setETag(etag);
			headers.setCacheControl(this.publicCacheControl);
		}
		else {
			headers.setCacheControl("no-store");
		}
	}

	private ServerResponse answer(HttpStatus status, MediaType mediaType, byte[] body, HttpHeaders fromGraphQl,
			java.util.function.Consumer<HttpHeaders> caching, String cacheOutcome) {
		return ServerResponse.status(status).headers((headers) -> {
			headers.putAll(fromGraphQl);
			caching.accept(headers);
			headers.set("X-Cache", cacheOutcome);
		}).contentType(mediaType).contentLength(body.length).build(write(body));
	}

	private ServerResponse error(HttpStatus status, MediaType mediaType, GraphQLError error, boolean get) {
		byte[] body = bytes(HttpCaching.error(error, this.json));
		return ServerResponse.status(status).headers((headers) -> {
			if (get) {
				headers.set(HttpHeaders.VARY, VARY);
			}
			headers.setCacheControl("no-store");
		}).contentType(mediaType).contentLength(body.length).build(write(body));
	}

	private static HttpStatus requestErrorStatus(MediaType mediaType) {
		// as for other request errors: 400 for graphql-response+json, 200 for plain JSON
		return MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(mediaType) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static ServerResponse.HeadersBuilder.WriteFunction write(byte[] body) {
		return (servletRequest, servletResponse) -> {
			servletResponse.getOutputStream().write(body);
			return null;
		};
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
		MultiValueMap<String, Cookie> source = request.cookies();
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>(source.size());
		source.forEach((name, values) -> values
			.forEach((cookie) -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

	/** The parameters of a GraphQL request, from a POST body or a GET's URL. */
	record Body(@Nullable String query, @Nullable String operationName, Map<String, @Nullable Object> variables,
			Map<String, Object> extensions) {

		Body {
			// JSON may say null for either
			variables = (variables != null) ? variables : Map.of();
			extensions = (extensions != null) ? extensions : Map.of();
		}

		static Body read(ServerRequest request) throws ServletException {
			org.springframework.graphql.server.support.SerializableGraphQlRequest body = Body.readJson(request);
			return new Body(body.getQuery(), emptyToNull(body.getOperationName()), body.getVariables(),
					body.getExtensions());
		}

		private static org.springframework.graphql.server.support.SerializableGraphQlRequest readJson(
				ServerRequest request) throws ServletException {
			try {
				MediaType contentType = request.headers().contentType().orElse(MediaType.APPLICATION_JSON);
				if (APPLICATION_GRAPHQL.includes(contentType)) {
					// some clients still send application/graphql with a JSON body
					request = ServerRequest.from(request)
						.headers((headers) -> headers.setContentType(MediaType.APPLICATION_JSON))
						.body(request.body(byte[].class))
						.build();
				}
				return request.body(org.springframework.graphql.server.support.SerializableGraphQlRequest.class);
			}
			catch (java.io.IOException ex) {
				throw new ServerWebInputException("I/O error while reading request body", null, ex);
			}
		}

		@SuppressWarnings("unchecked")
		static Body fromParameters(ServerRequest request, JsonMapper json) {
			return new Body(request.param("query").orElse(null),
					emptyToNull(request.param("operationName").orElse(null)),
					(Map<String, @Nullable Object>) (Map<?, ?>) jsonObject(request, "variables", json),
					jsonObject(request, "extensions", json));
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> jsonObject(ServerRequest request, String name, JsonMapper json) {
			String text = request.param(name).orElse("");
			if (text.isBlank()) {
				return Map.of();
			}
			Object value;
			try {
				value = json.readValue(text, Object.class);
			}
			catch (tools.jackson.core.JacksonException ex) {
				throw new BadParameterException(name, "is not JSON");
			}
			if (!(value instanceof Map<?, ?> map)) {
				throw new BadParameterException(name, "is not a JSON object");
			}
			return (Map<String, Object>) map;
		}

		private static @Nullable String emptyToNull(@Nullable String text) {
			return (text == null || text.isEmpty()) ? null : text;
		}

	}

	/** A GET parameter that cannot be read. */
	static final class BadParameterException extends RuntimeException {

		private final String parameter;

		BadParameterException(String parameter, String problem) {
			super("The " + parameter + " parameter " + problem + ": send it as a URL-encoded JSON object.");
			this.parameter = parameter;
		}

		GraphQLError error() {
			return cymru.atebol.system.Refusals.error(org.springframework.graphql.execution.ErrorType.BAD_REQUEST,
					getMessage(), Map.of("parameter", this.parameter));
		}

	}

}
