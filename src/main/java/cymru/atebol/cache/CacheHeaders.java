package cymru.atebol.cache;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * What browsers, proxies and CDNs may do with an answer: a public answer with an ETag may
 * be kept ({@code public, max-age=<atebol.cache.max-age>, must-revalidate}) and
 * revalidated; answers to signed-in callers and mutations are private and never stored;
 * anything else (errors, POSTs, the cache switched off) is not stored either.
 */
final class CacheHeaders {

	/** What a GET answer depends on besides its URL. */
	static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.AUTHORIZATION;

	private final String reusable;

	CacheHeaders(CacheProperties properties) {
		this.reusable = "public, max-age=" + properties.maxAge().toSeconds() + ", must-revalidate";
	}

	/**
	 * Sets Cache-Control (and the ETag, when the answer may be kept).
	 * @param etag the answer's ETag when it is a public, successful, cacheable answer
	 * @param personal whether the answer is for a signed-in caller or to a mutation
	 */
	void apply(HttpHeaders headers, @Nullable String etag, boolean personal) {
		if (personal) {
			headers.setCacheControl("private, no-store");
		}
		else if (etag != null) {
			headers.setETag(etag);
			headers.setCacheControl(this.reusable);
		}
		else {
			headers.setCacheControl("no-store");
		}
	}

	String reusable() {
		return this.reusable;
	}

}
