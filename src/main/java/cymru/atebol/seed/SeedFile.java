package cymru.atebol.seed;

/**
 * One file of the seed.
 *
 * @param path the path relative to the seed folder, e.g. {@code entities/clusters.yaml}
 * @param content the file's text
 */
record SeedFile(String path, String content) {
}
