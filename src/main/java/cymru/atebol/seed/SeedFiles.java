package cymru.atebol.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads every {@code .yaml} file under the seed location ({@code classpath:graph-seed/}
 * in the jar, or any {@code file:} folder) and fingerprints their content.
 */
final class SeedFiles {

	private SeedFiles() {
	}

	static List<SeedFile> read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		var resolver = new PathMatchingResourcePatternResolver();
		try {
			String root = canonical(resolver.getResource(base));
			List<SeedFile> files = new ArrayList<>();
			for (Resource resource : resolver.getResources(base + "**/*.yaml")) {
				String url = canonical(resource);
				String path = url.startsWith(root) ? url.substring(root.length()) : resource.getFilename();
				files.add(new SeedFile(path, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			if (files.isEmpty()) {
				throw new IllegalStateException("No seed files (*.yaml) found under " + base
						+ " (atebol.seed.location). Point it at the graph-seed folder.");
			}
			files.sort(Comparator.comparing(SeedFile::path));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed files under " + base, ex);
		}
	}

	/**
	 * The resource's URL, absolute for files, so that paths below the root can be cut out
	 * of it.
	 */
	private static String canonical(Resource resource) throws IOException {
		return resource.isFile() ? resource.getFile().getAbsoluteFile().toPath().normalize().toUri().toString()
				: resource.getURL().toString();
	}

	/** A SHA-256 over every file's path and content: equal hashes mean an equal seed. */
	static String hash(List<SeedFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.stream().sorted(Comparator.comparing(SeedFile::path)).forEach(file -> {
				digest.update(file.path().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
