package cymru.atebol.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import cymru.atebol.system.StartupRefusedException;

/**
 * Finds the query document of a request: its text, or the text a persisted-query hash
 * names. Automatic Persisted Queries (the protocol of Apollo Client's persisted-queries
 * link): a request with only {@code extensions.persistedQuery.sha256Hash} is answered
 * from a document sent earlier with that hash, or refused with
 * {@code PersistedQueryNotFound} (the client then sends the text and the hash, and the
 * text is kept once it ran); the operations of a registered manifest are always known,
 * and with {@code atebol.persisted-queries.registered-only} they are the only ones run.
 */
@Component
final class PersistedQueries {

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

	private final PersistedQueryProperties properties;

	private final Map<String, String> registered;

	private final Cache<String, String> sent;

	PersistedQueries(PersistedQueryProperties properties, ResourceLoader resources, JsonMapper json) {
		this.properties = properties;
		this.registered = (properties.manifest() != null && !properties.manifest().isBlank())
				? manifest(resources.getResource(properties.manifest()), json) : Map.of();
		if (properties.registeredOnly() && this.registered.isEmpty()) {
			throw new StartupRefusedException(
					"atebol.persisted-queries.registered-only is on but no operation is registered.",
					"Set atebol.persisted-queries.manifest to a manifest of the operations clients may run, "
							+ "or turn registered-only off.");
		}
		this.sent = Caffeine.newBuilder().maximumSize(properties.maxEntries()).build();
	}

	/** A request's document, or why it is refused. */
	sealed interface Resolution {

	}

	/**
	 * The document to run.
	 *
	 * @param text the query text
	 * @param hash its SHA-256 hash when the client sent one with the text, to keep the
	 * text by once it ran ({@link #remember})
	 */
	record Found(String text, @Nullable String hash) implements Resolution {

	}

	/** The request cannot run: answer with this error. */
	record Refused(GraphQLError error) implements Resolution {

	}

	/**
	 * The document of a request with this query text (possibly none) and extensions, or
	 * {@code null} when there is neither a text nor a persisted query.
	 */
	@Nullable Resolution resolve(@Nullable String query, Map<String, Object> extensions) {
		Object persisted = extensions.get("persistedQuery");
		if (persisted == null) {
			if (query == null) {
				return null;
			}
			if (this.properties.registeredOnly() && !this.registered.containsKey(sha256(query))) {
				return notAllowed();
			}
			return new Found(query, null);
		}
		if (!this.properties.enabled() && !this.properties.registeredOnly()) {
			return new Refused(PersistedQueryError.PERSISTED_QUERY_NOT_SUPPORTED.error("PersistedQueryNotSupported"));
		}
		if (!(persisted instanceof Map<?, ?> details) || !Integer.valueOf(1).equals(number(details.get("version")))) {
			return new Refused(PersistedQueryError.PERSISTED_QUERY_INVALID
				.error("Unsupported persisted query version: extensions.persistedQuery.version must be 1."));
		}
		if (!(details.get("sha256Hash") instanceof String hash) || !SHA_256.matcher(hash).matches()) {
			return new Refused(PersistedQueryError.PERSISTED_QUERY_INVALID.error(
					"extensions.persistedQuery.sha256Hash must be the SHA-256 hash of the query, as 64 lower-case hex digits."));
		}
		if (query != null) {
			if (!hash.equals(sha256(query))) {
				return new Refused(PersistedQueryError.PERSISTED_QUERY_INVALID
					.error("provided sha does not match query: extensions.persistedQuery.sha256Hash is not the SHA-256 "
							+ "hash of the query sent with it."));
			}
			if (this.properties.registeredOnly() && !this.registered.containsKey(hash)) {
				return notAllowed();
			}
			return new Found(query, hash);
		}
		String text = this.registered.get(hash);
		if (text == null && !this.properties.registeredOnly()) {
			text = this.sent.getIfPresent(hash);
		}
		if (text == null) {
			return this.properties.registeredOnly() ? notAllowed()
					: new Refused(PersistedQueryError.PERSISTED_QUERY_NOT_FOUND.error("PersistedQueryNotFound"));
		}
		return new Found(text, null);
	}

	/** Keeps a document a client sent with its hash, once it ran. */
	void remember(String hash, String text) {
		if (this.properties.enabled() && !this.properties.registeredOnly()) {
			this.sent.put(hash, text);
		}
	}

	private static Refused notAllowed() {
		return new Refused(PersistedQueryError.PERSISTED_QUERY_NOT_ALLOWED.error(
				"Only registered operations are run here (atebol.persisted-queries.registered-only); this one is not."));
	}

	private static @Nullable Integer number(@Nullable Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> manifest(Resource resource, JsonMapper json) {
		JsonNode root;
		try (InputStream in = resource.getInputStream()) {
			root = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read atebol.persisted-queries.manifest " + resource, ex);
		}
		if (!"apollo-persisted-query-manifest".equals(root.path("format").asString(""))
				|| root.path("version").asInt(0) != 1) {
			throw new StartupRefusedException(
					"atebol.persisted-queries.manifest %s is not an Apollo persisted query manifest, version 1."
						.formatted(resource),
					"Write it as {\"format\":\"apollo-persisted-query-manifest\",\"version\":1,\"operations\":[...]}.");
		}
		Map<String, String> operations = new HashMap<>();
		for (JsonNode operation : root.path("operations")) {
			String body = operation.path("body").asString("");
			String id = operation.path("id").asString("");
			if (!id.equals(sha256(body))) {
				throw new StartupRefusedException(
						"Operation '%s' of atebol.persisted-queries.manifest %s has id %s, "
							.formatted(operation.path("name").asString(""), resource, id)
								+ "which is not the SHA-256 hash of its body.",
						"Write each operation's id as the SHA-256 hash (hex) of its body.");
			}
			operations.put(id, body);
		}
		return Map.copyOf(operations);
	}

}
