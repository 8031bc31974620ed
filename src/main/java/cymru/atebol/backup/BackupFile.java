package cymru.atebol.backup;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup file: gzip'd UTF-8 lines, a header first (format and its version, when and
 * from where, the counts, the schema, and the SHA-256 of every line after it), then one
 * JSON object per node, then one per relationship. The header is written last, so a file
 * that exists under its final name is complete; a copy cut short or changed fails its
 * checksum or its counts.
 */
final class BackupFile {

	static final String FORMAT = "atebol-backup";

	static final int VERSION = 1;

	static final JsonMapper json = JsonMapper.builder().build();

	private BackupFile() {
	}

	/**
	 * Writes the body lines (through the given writer), then the file with its header.
	 */
	static void write(Path file, ObjectNode header, Consumer<LineWriter> body) {
		Path content = file.resolveSibling(file.getFileName() + ".content.tmp");
		Path partial = file.resolveSibling(file.getFileName() + ".tmp");
		try {
			MessageDigest sha = sha256();
			try (Writer out = Files.newBufferedWriter(content, StandardCharsets.UTF_8)) {
				body.accept(new LineWriter(out, sha));
			}
			header.put("sha256", HexFormat.of().formatHex(sha.digest()));
			try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
				out.write((json.writeValueAsString(header) + "\n").getBytes(StandardCharsets.UTF_8));
				Files.copy(content, out);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(content);
			deleteQuietly(partial);
		}
	}

	/**
	 * Reads the header, then hands every body line to the reader with its line number,
	 * then checks the SHA-256 of the body against the header's.
	 */
	static JsonNode read(Path file, LineReader lines) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
			String first = in.readLine();
			if (first == null) {
				throw new InvalidBackupException("%s is empty, not an Atebol backup".formatted(file));
			}
			JsonNode header = header(file, first);
			MessageDigest sha = sha256();
			long number = 1;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				number++;
				sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
				JsonNode row;
				try {
					row = json.readTree(line);
				}
				catch (JacksonException ex) {
					throw new InvalidBackupException(
							"%s is corrupt: line %d is not JSON (%s)".formatted(file, number, ex.getOriginalMessage()));
				}
				lines.accept(row, number);
			}
			String actual = HexFormat.of().formatHex(sha.digest());
			if (!actual.equals(header.path("sha256").asString())) {
				throw new InvalidBackupException(
						"%s is corrupt or incomplete: its content has SHA-256 %s, its header says %s".formatted(file,
								actual, header.path("sha256").asString()));
			}
			return header;
		}
		catch (EOFException | ZipException ex) {
			throw new InvalidBackupException(
					"%s is truncated or damaged (the compressed stream ends early or is invalid: %s)".formatted(file,
							ex.getMessage()),
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode header(Path file, String line) {
		JsonNode header;
		try {
			header = json.readTree(line);
		}
		catch (JacksonException ex) {
			throw new InvalidBackupException("%s is not an Atebol backup (its first line is not JSON)".formatted(file));
		}
		if (!FORMAT.equals(header.path("format").asString())) {
			throw new InvalidBackupException(
					"%s is not an Atebol backup (no \"format\": \"%s\" header)".formatted(file, FORMAT));
		}
		int version = header.path("formatVersion").asInt(-1);
		if (version != VERSION) {
			throw new InvalidBackupException(
					"%s has backup format version %d; this service reads version %d".formatted(file, version, VERSION));
		}
		return header;
	}

	/** Whether a file starts like a gzip stream, for a clear word about other files. */
	static boolean looksCompressed(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.read() == 0x1f && in.read() == 0x8b;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// a temporary file left behind; the backup itself is complete or absent
		}
	}

	/** Writes body lines and digests them. */
	static final class LineWriter {

		private final Writer out;

		private final MessageDigest sha;

		LineWriter(Writer out, MessageDigest sha) {
			this.out = out;
			this.sha = sha;
		}

		void write(JsonNode row) {
			String line = json.writeValueAsString(row) + "\n";
			this.sha.update(line.getBytes(StandardCharsets.UTF_8));
			try {
				this.out.write(line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Receives each body line. */
	@FunctionalInterface
	interface LineReader {

		void accept(JsonNode row, long lineNumber);

	}

}
