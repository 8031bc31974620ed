package cymru.atebol.export;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cymru.atebol.time.At;
import cymru.atebol.version.VersionEntry;

/**
 * The checksum of each version: the SHA-256 of {@code /export/history.gexf} as recorded
 * at the version (every entity, relationship and name with its dates, sources and
 * record), exactly as this service serves that URL. Computed when first asked and kept: a
 * past version never changes. The file names the URL it was served at, so checksums are
 * kept per base URL.
 */
@Component
class VersionChecksums {

	static final String FILE = "/export/history.gexf";

	private final NetworkQueries queries;

	private final ExportHeaders headers;

	private final Map<String, String> known = new ConcurrentHashMap<>();

	VersionChecksums(NetworkQueries queries, ExportHeaders headers) {
		this.queries = queries;
		this.headers = headers;
	}

	/** The URL whose body the checksum of the version is of. */
	static String url(VersionEntry version) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(FILE)
			.queryParam("recordedAsOf", version.recordedAtText())
			.build()
			.toUriString();
	}

	String sha256(VersionEntry version) {
		String key = version.number() + "-" + version.recordedAtText() + " " + url(version);
		String checksum = this.known.get(key);
		if (checksum == null) {
			checksum = compute(version);
			this.known.put(key, checksum);
		}
		return checksum;
	}

	private String compute(VersionEntry version) {
		ExportHeaders.Pinned pinned = new ExportHeaders.Pinned(
				new At(version.recordedAt().toLocalDate(), version.recordedAt(), false), version);
		MessageDigest digest = sha256();
		OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
		GexfWriter writer = GexfWriter.history(out, this.headers.history(pinned, FILE));
		this.queries.allNodes(pinned.at(), writer::node);
		this.queries.allEdges(pinned.at(), writer::edge);
		writer.finish();
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
