package cymru.atebol.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the operating system's headless Chromium through its chromedriver, or skips the
 * test (a JUnit assumption) where they are not installed.
 */
final class SystemChromium {

	private static final Path CHROMIUM = Path.of(System.getProperty("atebol.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("atebol.chromedriver", "/usr/bin/chromedriver"));

	static final String MISSING = "Browser tests skipped: no Chromium at /usr/bin/chromium or no chromedriver at "
			+ "/usr/bin/chromedriver (Debian: apt-get install -y chromium chromium-driver; .ci/run installs them)";

	private SystemChromium() {
	}

	/**
	 * Whether the system's Chromium and chromedriver are installed (a JUnit condition).
	 */
	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * A fresh headless browser in its own profile folder. Both paths are given to
	 * Selenium, so Selenium Manager never runs and nothing is downloaded.
	 */
	static ChromeDriver start(Path profiles) {
		Assumptions.assumeTrue(installed(), MISSING);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=en-GB", "--window-size=1400,1000",
				"--user-data-dir=" + freshFolder(profiles));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(60))
			.build();
		return new ChromeDriver(service, options);
	}

	private static Path freshFolder(Path parent) {
		try {
			Files.createDirectories(parent);
			return Files.createTempDirectory(parent, "chromium-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
