package cymru.atebol.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The seed from the command line: {@code seed validate} checks the files without a
 * database, {@code seed load [--force]} loads them into the configured database,
 * {@code seed coverage} prints what the graph holds. Further {@code --key=value}
 * arguments configure the service as usual.
 */
public final class SeedCommand {

	private static final String USAGE = "usage: seed validate | seed load [--force] | seed coverage  [--key=value ...]";

	private SeedCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && args[0].equals("seed");
	}

	/** Runs the command and returns the process exit code. */
	public static int run(Class<?> application, String[] args) {
		List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		List<String> options = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
		String command = (words.size() > 1) ? words.get(1) : "";
		String location = options.stream()
			.filter(o -> o.startsWith("--atebol.seed.location="))
			.map(o -> o.substring(o.indexOf('=') + 1))
			.findFirst()
			.orElse(defaultLocation());
		try {
			return switch (command) {
				case "validate" -> validate(location);
				case "load" -> withService(application, location, options, context -> {
					boolean force = options.contains("--force");
					SeedLoader.Outcome outcome = context.getBean(SeedLoader.class).load(force);
					System.out.println((outcome.loaded() ? "Loaded" : "Unchanged, not loaded") + " seed "
							+ outcome.hash().substring(0, 12) + ": " + outcome.created() + " created, "
							+ outcome.updated() + " updated, " + outcome.retracted() + " retracted");
					System.out.print(context.getBean(CoverageReport.class).coverage());
				});
				case "coverage" -> withService(application, location, options,
						context -> System.out.print(context.getBean(CoverageReport.class).coverage()));
				default -> {
					System.err.println(USAGE);
					yield 2;
				}
			};
		}
		catch (InvalidSeedException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
	}

	/**
	 * The graph-seed folder being edited when run from the project, else the one
	 * packaged.
	 */
	private static String defaultLocation() {
		return Files.isDirectory(Path.of("graph-seed")) ? "file:graph-seed/" : "classpath:graph-seed/";
	}

	private static int validate(String location) {
		Seed seed = SeedLoader.validated(location);
		List<Seed.Event> events = DerivedEvents.all(seed);
		System.out.printf(
				"Seed at %s is valid: %d sources, %d entities, %d relationships, %d change events "
						+ "(%d derived); hash %s%n",
				location, seed.sources().size(), seed.entities().size(), seed.relationships().size(), events.size(),
				events.stream().filter(Seed.Event::derived).count(), seed.hash().substring(0, 12));
		return 0;
	}

	private static int withService(Class<?> application, String location, List<String> options,
			java.util.function.Consumer<ConfigurableApplicationContext> action) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		String[] args = java.util.stream.Stream
			.concat(options.stream().filter(o -> !o.equals("--force")),
					java.util.stream.Stream.of("--atebol.seed.load-on-startup=false",
							"--atebol.seed.location=" + location, "--logging.level.root=warn"))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = app.run(args)) {
			action.accept(context);
		}
		return 0;
	}

}
