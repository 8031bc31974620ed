package cymru.atebol.cache;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caching headers of a streamed export: a body written as a stream does not pass
 * through {@link ExportCaching}'s response advice, so the export puts the ETag and
 * {@code Cache-Control} that {@link ExportCaching} chose for the request into its own
 * response headers.
 */
public final class StreamedExports {

	private StreamedExports() {
	}

	/** Adds the request's ETag (when it may be cached) and its Cache-Control. */
	public static void applyTo(HttpHeaders headers) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		Object etag = request.getAttribute(ExportCaching.ETAG, RequestAttributes.SCOPE_REQUEST);
		Object cacheControl = request.getAttribute(ExportCaching.CACHE_CONTROL, RequestAttributes.SCOPE_REQUEST);
		if (etag != null) {
			headers.setETag((String) etag);
		}
		if (cacheControl != null) {
			headers.setCacheControl((String) cacheControl);
		}
	}

}
