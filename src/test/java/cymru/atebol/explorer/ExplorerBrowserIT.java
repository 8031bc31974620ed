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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real headless Chromium against the whole service on its embedded
 * Neo4j with the seeded graph: search, the org chart, expanding a node, the date control
 * and the timeline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester // unused here: it makes the context ServiceIT's, which
								// Spring then reuses
@AutoConfigureWebTestClient
@TestInstance(Lifecycle.PER_CLASS)
@EnabledIf(value = "cymru.atebol.explorer.SystemChromium#installed", disabledReason = SystemChromium.MISSING)
class ExplorerBrowserIT {

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
	void shouldFindAHealthBoardBySearchAndSelectItWithTheKeyboard() {
		this.page.open("");
		WebElement input = this.browser.findElement(By.id("search-input"));
		input.sendKeys("Powys");
		WebElement option = this.wait.until((b) -> b.findElements(By.cssSelector("#search-results [role=option]"))
			.stream()
			.filter((o) -> o.getText().contains("Powys Teaching Health Board"))
			.findFirst()
			.orElse(null));
		List<WebElement> options = this.browser.findElements(By.cssSelector("#search-results [role=option]"));
		for (int i = 0; i <= options.indexOf(option); i++) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
		assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
		this.page.saveScreenshot("explorer-search.png");
		input.sendKeys(Keys.ENTER);

		this.wait.until((b) -> "powys-thb".equals(entityInView()) && this.page.ready());
		assertThat(this.browser.getCurrentUrl()).endsWith("#/entity/powys-thb");
		assertThat(this.page.text("#entity-name")).isEqualTo("Powys Teaching Health Board");
		assertThat(this.browser.findElement(By.cssSelector("#details-body [lang=cy]")).getText())
			.isEqualTo("Bwrdd Iechyd Addysgu Powys");
		assertThat(this.page.text("#chain-body")).contains("NHS Wales");
	}

	@Test
	void shouldDrawTheClustersOfAHealthBoard() {
		this.page.open("#/entity/powys-thb");
		assertThat(drawnNames()).contains("Powys Teaching Health Board", "North Powys", "Mid Powys", "South Powys");
		assertThat(this.page.text("#outline")).contains("North Powys", "Mid Powys", "South Powys");
		// The local authority Powys hangs on a dotted line (IN_AREA_OF): drawn dashed.
		assertThat(drawnEdges()).anySatisfy((edge) -> {
			assertThat(edge).containsEntry("from", "powys").containsEntry("to", "powys-thb");
			assertThat(edge).containsEntry("dotted", true);
		});
		this.page.saveScreenshot("explorer.png");
	}

	@Test
	void shouldLoadTheChildrenOfANodeClickedInTheChart() {
		this.page.open("#/entity/powys-thb");
		assertThat(drawnIds()).contains("cluster-north-powys").doesNotContain("gp-practices");

		clickNode("cluster-north-powys");

		this.wait.until((b) -> drawnIds().contains("gp-practices"));
		assertThat(drawnIds()).contains("professional-collaboratives");
		assertThat(drawnEdges()).anySatisfy((edge) -> assertThat(edge).containsEntry("from", "gp-practices")
			.containsEntry("to", "cluster-north-powys"));
		assertThat(this.page.text("li[data-entity=cluster-north-powys]")).contains("GP practices");
	}

	@Test
	void shouldOpenANodeFromTheListWithTheKeyboard() {
		this.page.open("#/entity/powys-thb");
		WebElement toggle = this.browser
			.findElement(By.cssSelector("li[data-entity=cluster-mid-powys] > .tree-row > button.toggle"));
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		toggle.sendKeys(Keys.ENTER);

		this.wait.until((b) -> "true"
			.equals(b.findElement(By.cssSelector("li[data-entity=cluster-mid-powys] > .tree-row > button.toggle"))
				.getAttribute("aria-expanded")));
		assertThat(this.browser.findElements(By.cssSelector("li[data-entity=cluster-mid-powys] > ul > li")))
			.isNotEmpty();
	}

	@Test
	void shouldRedrawTheChartWhenTheDateChanges() {
		this.page.open("#/entity/velindre-university-nhs-trust?asOf=2020-06-01");
		assertThat(drawnIds()).contains("nhs-wales-informatics-service");

		this.page.typeDate(this.browser.findElement(By.id("as-of")), "2022", "06", "01");
		this.wait.until((b) -> this.browser.getCurrentUrl().endsWith("asOf=2022-06-01") && this.page.ready());
		assertThat(drawnIds()).contains("velindre-university-nhs-trust")
			.doesNotContain("nhs-wales-informatics-service");

		this.browser.navigate().back();
		this.wait.until((b) -> this.browser.getCurrentUrl().endsWith("asOf=2020-06-01") && this.page.ready());
		assertThat(drawnIds()).contains("nhs-wales-informatics-service");
	}

	@Test
	void shouldMoveToTheDayBeforeAChangeFromTheTimeline() {
		this.page.open("#/entity/cwm-taf-morgannwg-uhb");
		assertThat(drawnIds()).contains("bridgend");
		WebElement moved = this.wait.until(
				(b) -> b.findElement(By.cssSelector("#timeline-body li[data-date='2019-04-01']:has(.change-moved)")));

		moved.findElement(By.cssSelector("button.before")).click();
		this.wait.until((b) -> this.browser.getCurrentUrl().endsWith("asOf=2019-03-31") && this.page.ready());
		assertThat(drawnIds()).doesNotContain("bridgend");
		assertThat(this.page.text("#entity-name")).isEqualTo("Cwm Taf University Health Board");

		this.browser
			.findElement(By.cssSelector("#timeline-body li[data-date='2019-04-01']:has(.change-moved) button.event"))
			.click();
		this.wait.until((b) -> this.browser.getCurrentUrl().endsWith("asOf=2019-04-01") && this.page.ready());
		assertThat(drawnIds()).contains("bridgend");
	}

	@Test
	void shouldSayWhenSearchFindsNothing() {
		this.page.open("");
		this.browser.findElement(By.id("search-input")).sendKeys("Zzyzx Qwerty");
		this.wait.until((b) -> this.page.text("#search-status").contains("Nothing that existed"));
	}

	@Test
	void shouldSayWhenNoEntityHasTheIdInTheAddress() {
		this.page.open("#/entity/no-such-body?asOf=2020-01-01");
		assertThat(this.page.text("#details-body")).contains("There is no entity with the id “no-such-body”");
		assertThat(drawnNodes()).isEmpty();
	}

	@Test
	void shouldFitAPhoneScreen() {
		// A desktop window cannot be made phone-narrow (Chromium keeps it at least 500 px
		// wide): emulate a phone.
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		try {
			this.page.open("#/entity/powys-thb");
			assertThat(this.browser.executeScript("return window.innerWidth")).isEqualTo(390L);
			Object overflow = this.browser
				.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
			assertThat(overflow).isEqualTo(false);
			this.page.saveScreenshot("explorer-phone.png");
			this.browser.executeScript("document.getElementById('chart-panel').scrollIntoView()");
			this.page.saveScreenshot("explorer-phone-chart.png");
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private String entityInView() {
		return (String) this.browser.executeScript("return window.atebolExplorer.view()?.id");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> drawnNodes() {
		return (List<Map<String, Object>>) this.browser
			.executeScript("return window.atebolExplorer.chart.drawn().nodes");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> drawnEdges() {
		return (List<Map<String, Object>>) this.browser
			.executeScript("return window.atebolExplorer.chart.drawn().edges");
	}

	private List<Object> drawnIds() {
		return drawnNodes().stream().map((node) -> node.get("id")).toList();
	}

	private List<Object> drawnNames() {
		return drawnNodes().stream().map((node) -> node.get("name")).toList();
	}

	/** A real mouse click on the chart's canvas where the node is drawn. */
	@SuppressWarnings("unchecked")
	private void clickNode(String id) {
		WebElement chart = this.browser.findElement(By.id("chart"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
		Map<String, Number> at = (Map<String, Number>) ((JavascriptExecutor) this.browser)
			.executeScript("return window.atebolExplorer.chart.position(arguments[0])", id);
		assertThat(at).as("node %s is drawn", id).isNotNull();
		Dimension size = chart.getSize();
		int x = (int) Math.round(at.get("x").doubleValue() - size.getWidth() / 2.0);
		int y = (int) Math.round(at.get("y").doubleValue() - size.getHeight() / 2.0);
		new Actions(this.browser).moveToElement(chart, x, y).click().perform();
	}

}
