package ai.slope.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.companies.Company;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job seeker's first journey in a real browser: home page, a role type, a search, a filter (applied by
 * htmx without reloading the page), a posting and its salary; in English and in Chinese.
 */
class JobBrowsingBrowserTests extends BrowserTest {

	@Autowired
	PostingFixture fixture;

	@BeforeAll
	void setUp() {
		Company lab = this.fixture.company("Aurora Research Lab");
		this.fixture.posting(lab, "research-scientist", "Senior Research Scientist, Reasoning")
			.seniority(Seniority.SENIOR)
			.location(RemotePolicy.HYBRID, "Zurich", "CH")
			.salary(180_000, 240_000, "CHF", SalaryPeriod.YEAR)
			.skills("JAX", "Reinforcement learning")
			.description("## The team\n\nWe study **reasoning** in large models.")
			.publishedDaysAgo(1)
			.save();
		this.fixture.posting(lab, "research-scientist", "Research Scientist, Reasoning Evaluations")
			.seniority(Seniority.MID)
			.location(RemotePolicy.REMOTE, null, "US")
			.salary(160_000, 210_000, "USD", SalaryPeriod.YEAR)
			.skills("PyTorch", "Evaluation")
			.publishedDaysAgo(2)
			.save();
		this.fixture.posting(lab, "research-scientist", "研究科学家（推理）")
			.seniority(Seniority.SENIOR)
			.location(RemotePolicy.ONSITE, "北京", "CN")
			.salary(60_000, 90_000, "CNY", SalaryPeriod.MONTH)
			.skills("PyTorch", "大模型")
			.description("负责大模型推理能力的研究。")
			.publishedDaysAgo(3)
			.save();
	}

	@Test
	void seekerFindsARoleSearchesFiltersAndReadsAPostingInEnglish() {
		browser.open("/?lang=en");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Find your place in AI");

		click(By.cssSelector("a[href='/roles/research-scientist']"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Research scientist");
		assertThat(titles()).contains("Senior Research Scientist, Reasoning");

		search("reasoning");
		assertThat(titles()).contains("Senior Research Scientist, Reasoning", "Research Scientist, Reasoning Evaluations");

		markPage();
		click(By.id("seniority-senior"));
		waitUntil(d -> titles().size() == 1 && !titles().contains("Research Scientist, Reasoning Evaluations"));
		assertThat(titles()).containsExactly("Senior Research Scientist, Reasoning");
		assertThat(pageWasNotReloaded()).as("the filter was applied without reloading the page").isTrue();
		assertThat(this.driver.getCurrentUrl()).contains("q=reasoning").contains("seniority=senior");

		click(By.linkText("Senior Research Scientist, Reasoning"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Senior Research Scientist, Reasoning");
		assertThat(this.driver.findElement(By.id("salary")).getText()).isEqualTo("CHF 180,000–240,000 a year");
		assertThat(this.driver.findElement(By.cssSelector(".description h2")).getText()).isEqualTo("The team");
		browser.screenshot("posting-en");
	}

	@Test
	void seekerDoesTheSameInChinese() {
		browser.open("/?lang=zh-CN");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("在 AI 领域找到你的位置");

		click(By.cssSelector("a[href='/roles/research-scientist']"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("研究科学家");

		search("推理");
		assertThat(titles()).contains("研究科学家（推理）");

		markPage();
		click(By.id("country-CN"));
		waitUntil(d -> titles().equals(List.of("研究科学家（推理）")));
		assertThat(pageWasNotReloaded()).isTrue();
		assertThat(this.driver.findElement(By.id("result-count")).getText()).isEqualTo("1 个机会");

		click(By.linkText("研究科学家（推理）"));
		assertThat(this.driver.findElement(By.id("salary")).getText()).isEqualTo("CNY 60,000–90,000（每月）");
		assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("约合每年", "北京");
		browser.screenshot("posting-zh");

		browser.open("/?lang=en");
	}

	@Test
	void onAPhoneAPostingsTitlePayAndApplyComeBeforeEverythingElseInBothLanguages() {
		org.openqa.selenium.Dimension desktop = this.driver.manage().window().getSize();
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			for (String lang : List.of("en", "zh-CN")) {
				browser.open("/jobs?q=reasoning&lang=" + lang);
				click(By.linkText("Senior Research Scientist, Reasoning"));
				JavascriptExecutor js = (JavascriptExecutor) this.driver;
				assertThat(((Number) js.executeScript("return window.innerWidth;")).intValue()).isLessThanOrEqualTo(400);
				assertThat(((Number) js.executeScript("return document.querySelector('h1').getBoundingClientRect().top;"))
					.doubleValue()).as("the title is on the first screen (%s)", lang).isLessThan(400);
				assertThat(top("#salary")).as("pay is on the first screen (%s)", lang).isLessThan(844);
				assertThat(top("#apply")).as("Apply is on the first screen (%s)", lang).isLessThan(844);
				assertThat(top("#salary")).isGreaterThan(top("h1"));
				assertThat(top("#apply")).as("Apply before the similar openings (%s)", lang)
					.isLessThan(top("#similar"));
				assertThat(top("#apply")).as("Apply before the description (%s)", lang).isLessThan(top(".description"));
				assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
					.as("no sideways scrolling (%s)", lang).isTrue();
				browser.screenshot("posting-phone-" + lang);
			}
		}
		finally {
			this.driver.manage().window().setSize(desktop);
			browser.open("/?lang=en");
		}
	}

	double top(String selector) {
		return ((Number) ((JavascriptExecutor) this.driver).executeScript(
				"return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY;", selector))
			.doubleValue();
	}

	@Test
	void searchWorksWithoutJavaScriptToo() {
		browser.open("/jobs?q=reasoning&seniority=mid&lang=en");
		assertThat(titles()).containsExactly("Research Scientist, Reasoning Evaluations");
		browser.open("/jobs/999999999-missing");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("We could not find that page");
	}

	void click(By by) {
		waitUntil(d -> {
			waitForIdlePage();
			WebElement element = d.findElement(by);
			((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
			element.click();
			return true;
		});
		waitForIdlePage();
	}

	/**
	 * Waits until the document has loaded and htmx has no request, swap or settle under way.
	 */
	void waitForIdlePage() {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("return document.readyState === 'complete' && "
					+ "!document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added');")));
	}

	void search(String keywords) {
		WebElement box = this.driver.findElement(By.id("nav-q"));
		box.clear();
		box.sendKeys(keywords);
		box.submit();
		waitUntil(d -> d.getCurrentUrl().contains("/jobs?"));
		waitForIdlePage();
	}

	List<String> titles() {
		return this.driver.findElements(By.cssSelector(".job-card h3 a")).stream().map(WebElement::getText).toList();
	}

	void markPage() {
		((JavascriptExecutor) this.driver).executeScript("window.slopeMarker = 'same page';");
	}

	boolean pageWasNotReloaded() {
		return "same page".equals(((JavascriptExecutor) this.driver).executeScript("return window.slopeMarker;"));
	}

	void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(condition::apply);
	}

}
