package cymru.atebol.limits;

import java.io.IOException;

import graphql.GraphQLError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import cymru.atebol.system.BufferedBodyRequest;
import cymru.atebol.system.Refusals;

/**
 * Answers 413 to a GraphQL request body larger than {@link QueryLimits#maxRequestBytes()}
 * before anything reads it as JSON. A body of declared length is judged by its header; a
 * chunked one is read up to one byte past the limit and handed on from memory.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	RequestBodyLimit(QueryLimits limits, JsonMapper json) {
		this.maxBytes = limits.maxRequestBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response, declared);
			return;
		}
		if (declared < 0 && "POST".equals(request.getMethod())) {
			byte[] body = request.getInputStream().readNBytes((int) this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				refuse(response, body.length);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, long size) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		String message = ("The request body is %s bytes, more than the maximum of %d (twice atebol.limits.max-document-bytes "
				+ "plus atebol.limits.max-variables-bytes, plus 16 KB).")
			.formatted((size > this.maxBytes) ? String.valueOf(size) : "over " + this.maxBytes, this.maxBytes);
		GraphQLError refusal = Refusals.limit(message,
				"atebol.limits.max-document-bytes + atebol.limits.max-variables-bytes", this.maxBytes, size);
		this.json.writeValue(response.getOutputStream(), Refusals.responseBody(refusal));
	}

}
