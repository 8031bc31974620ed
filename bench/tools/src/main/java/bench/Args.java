package bench;

/** Tiny "--name value" argument parser with environment-variable fallback. */
final class Args {
	private Args() {}

	static String get(String[] args, String name, String env, String def) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		if (env != null) {
			String v = System.getenv(env);
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return def;
	}

	static boolean has(String[] args, String name) {
		for (String a : args) {
			if (a.equals(name)) {
				return true;
			}
		}
		return false;
	}
}
