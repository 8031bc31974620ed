package cymru.atebol.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real headless Chromium, as the browser tests drive it: open a view
 * and wait until it is drawn, read a panel's text, type a date, keep a screenshot.
 */
final class ExplorerPage {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver browser;

	private final WebDriverWait wait;

	private final int port;

	private ExplorerPage(ChromeDriver browser, int port) {
		this.browser = browser;
		this.port = port;
		// a busy machine may take many seconds to plan a view's first queries
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		// the page redraws its lists: an element found a moment ago may be gone
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** Starts the system's Chromium for the service on this port. */
	static ExplorerPage start(int port) {
		return new ExplorerPage(SystemChromium.start(Path.of("target", "chromium-profiles")), port);
	}

	ChromeDriver browser() {
		return this.browser;
	}

	WebDriverWait waiting() {
		return this.wait;
	}

	void quit() {
		this.browser.quit();
	}

	/**
	 * Loads the page afresh (a new document, not just a new hash) and waits until every
	 * panel is drawn.
	 */
	void open(String hash) {
		this.browser.get("about:blank");
		this.browser.get("http://localhost:" + this.port + "/" + hash);
		this.wait.until((b) -> ready());
	}

	boolean ready() {
		return "ready".equals(this.browser.findElement(By.tagName("body")).getAttribute("data-state"));
	}

	String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	/**
	 * Types a date into a date field in the order the browser's locale shows its parts
	 * (day, month, year).
	 */
	void typeDate(WebElement field, String year, String month, String day) {
		String order = (String) this.browser.executeScript("""
				return new Intl.DateTimeFormat().formatToParts(new Date(2022, 5, 1))
					.filter((part) => part.type !== 'literal').map((part) => part.type).join(',')""");
		Map<String, String> parts = Map.of("year", year, "month", month, "day", day);
		// focus() puts the caret in the first part; a click would land in whichever part
		// is under the mouse
		this.browser.executeScript("arguments[0].focus()", field);
		for (String part : order.split(",")) {
			field.sendKeys(parts.get(part));
		}
	}

	void saveScreenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

}
