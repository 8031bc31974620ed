package cymru.atebol.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's compare view in a real headless Chromium on the seeded graph: two dates,
 * the changed part of the graph drawn with what was added, removed, renamed and moved
 * marked, the change events with their sources, and the files to download.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester // unused here: the same context as the other service
								// tests
@AutoConfigureWebTestClient
@TestInstance(Lifecycle.PER_CLASS)
@EnabledIf(value = "cymru.atebol.explorer.SystemChromium#installed", disabledReason = SystemChromium.MISSING)
class ExplorerCompareIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		this.browser = SystemChromium.start(Path.of("target", "chromium-profiles"));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void shouldMarkTheBridgendMoveAndTheRenamesBetweenTwoDates() {
		open("#/compare?from=2019-03-31&to=2019-04-01");
		List<Map<String, Object>> drawn = drawn();
		assertThat(drawn)
			.anySatisfy((e) -> assertThat(e).containsEntry("id", "bridgend").containsEntry("mark", "moved"));
		assertThat(drawn).anySatisfy((e) -> assertThat(e).containsEntry("id", "bridgend:IN_AREA_OF:swansea-bay-uhb")
			.containsEntry("mark", "moved-removed"));
		assertThat(drawn)
			.anySatisfy((e) -> assertThat(e).containsEntry("id", "bridgend:IN_AREA_OF:cwm-taf-morgannwg-uhb")
				.containsEntry("mark", "moved-added"));
		assertThat(drawn)
			.anySatisfy((e) -> assertThat(e).containsEntry("id", "swansea-bay-uhb").containsEntry("mark", "renamed"));
		assertThat(text("#compare-lists .mark-moved")).contains(
				"Bridgend (in the area of): from Abertawe Bro Morgannwg University Health Board to Cwm Taf Morgannwg University Health Board");
		assertThat(text("#compare-lists .mark-renamed"))
			.contains("Abertawe Bro Morgannwg University Health Board → Swansea Bay University Health Board");
		WebElement moved = this.browser.findElements(By.cssSelector("#compare-event-list > li"))
			.stream()
			.filter((e) -> !e.findElements(By.cssSelector(".change-moved")).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(moved.findElements(By.cssSelector(".sources li"))).isNotEmpty();
		saveScreenshot("explorer-compare.png");
	}

	@Test
	void shouldCompareTheDatesPickedAndOfferTheirFiles() {
		open("#/compare");
		typeDate(this.browser.findElement(By.id("compare-from")), "2021", "03", "31");
		typeDate(this.browser.findElement(By.id("compare-to")), "2021", "04", "01");
		this.browser.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
		this.wait.until((b) -> b.getCurrentUrl().endsWith("#/compare?from=2021-03-31&to=2021-04-01") && ready()
				&& text("#compare-status").startsWith("31 March 2021"));
		assertThat(text("#compare-lists .mark-removed")).contains("NHS Wales Informatics Service");
		assertThat(text("#compare-lists .mark-added")).contains("Digital Health and Care Wales");
		List<String> files = this.browser.findElements(By.cssSelector("#compare-downloads a"))
			.stream()
			.map((a) -> a.getAttribute("href"))
			.toList();
		String base = "http://localhost:" + this.port + "/export/";
		assertThat(files).contains(base + "2021-04-01.graphml", base + "2021-03-31.gexf",
				base + "2021-04-01.nodelink.json", base + "2021-04-01.csv", base + "2021-04-01.jsonld",
				base + "history.gexf", base + "history/spells.csv", base + "history/vertex-spells.csv");
		Object status = this.browser.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then((r) => done(r.status));",
				base + "2021-04-01.graphml");
		assertThat(status).isEqualTo(200L);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> drawn() {
		return (List<Map<String, Object>>) this.browser.executeScript("return window.atebolExplorer.compare.drawn()");
	}

	private void open(String hash) {
		this.browser.get("about:blank");
		this.browser.get("http://localhost:" + this.port + "/" + hash);
		this.wait.until((b) -> ready());
	}

	private boolean ready() {
		return "ready".equals(this.browser.findElement(By.tagName("body")).getAttribute("data-state"));
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	/**
	 * Types a date into a date field part by part, in the order the browser shows them.
	 */
	private void typeDate(WebElement field, String year, String month, String day) {
		String order = (String) this.browser.executeScript("""
				return new Intl.DateTimeFormat().formatToParts(new Date(2022, 5, 1))
					.filter((part) => part.type !== 'literal').map((part) => part.type).join(',')""");
		Map<String, String> parts = Map.of("year", year, "month", month, "day", day);
		this.browser.executeScript("arguments[0].focus()", field);
		for (String part : order.split(",")) {
			field.sendKeys(parts.get(part));
		}
	}

	private void saveScreenshot(String name) {
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
