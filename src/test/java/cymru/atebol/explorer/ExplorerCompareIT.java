package cymru.atebol.explorer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
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

	@LocalServerPort
	int port;

	private ExplorerPage page;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	void startBrowser() {
		this.page = ExplorerPage.start(this.port);
		this.browser = this.page.browser();
		this.wait = this.page.waiting();
	}

	@AfterAll
	void stopBrowser() {
		if (this.page != null) {
			this.page.quit();
		}
	}

	@Test
	void shouldMarkTheBridgendMoveAndTheRenamesBetweenTwoDates() {
		this.page.open("#/compare?from=2019-03-31&to=2019-04-01");
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
		assertThat(this.page.text("#compare-lists .mark-moved")).contains(
				"Bridgend (in the area of): from Abertawe Bro Morgannwg University Health Board to Cwm Taf Morgannwg University Health Board");
		assertThat(this.page.text("#compare-lists .mark-renamed"))
			.contains("Abertawe Bro Morgannwg University Health Board → Swansea Bay University Health Board");
		WebElement moved = this.browser.findElements(By.cssSelector("#compare-event-list > li"))
			.stream()
			.filter((e) -> !e.findElements(By.cssSelector(".change-moved")).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(moved.findElements(By.cssSelector(".sources li"))).isNotEmpty();
		this.page.saveScreenshot("explorer-compare.png");
	}

	@Test
	void shouldCompareTheDatesPickedAndOfferTheirFiles() {
		this.page.open("#/compare");
		this.page.typeDate(this.browser.findElement(By.id("compare-from")), "2021", "03", "31");
		this.page.typeDate(this.browser.findElement(By.id("compare-to")), "2021", "04", "01");
		this.browser.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
		this.wait.until((b) -> b.getCurrentUrl().endsWith("#/compare?from=2021-03-31&to=2021-04-01")
				&& this.page.ready() && this.page.text("#compare-status").startsWith("31 March 2021"));
		assertThat(this.page.text("#compare-lists .mark-removed")).contains("NHS Wales Informatics Service");
		assertThat(this.page.text("#compare-lists .mark-added")).contains("Digital Health and Care Wales");
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

}
