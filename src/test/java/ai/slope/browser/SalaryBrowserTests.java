package ai.slope.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.salaries.SalaryFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Salary curation in a real browser: an admin imports the committed slice of the aijobs.net index and watches the
 * import finish, maps the largest unmapped title to a role type, and the explorer’s chart shows that group, in
 * English and in Chinese.
 */
class SalaryBrowserTests extends BrowserTest {

	@Autowired
	SalaryFixture salaries;

	/**
	 * No salary data, as on a fresh database: the browser tests share one, and other classes import and map too.
	 */
	@BeforeAll
	void startWithoutSalaryData() {
		this.salaries.clear();
	}

	@Test
	void anAdminImportsAFileMapsATitleAndTheExplorerChartShowsThatGroup() {
		browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));

		// imports the file and sees the report once the import is over
		browser.open("/admin/salaries?lang=en");
		this.driver.findElement(By.id("file"))
			.sendKeys(Path.of("src/test/resources/salaries/aijobs-slice-3000.csv").toAbsolutePath().toString());
		browser.navigate(this.driver.findElement(By.id("import-submit")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
		assertThat(this.driver.findElement(By.id("rows-imported")).getText()).isEqualTo("3,000");
		assertThat(this.driver.findElement(By.id("rows-rejected")).getText()).isEqualTo("0");
		browser.screenshot("salaries-import-report");

		// maps the title with the most records
		browser.open("/admin/salaries/titles");
		WebElement first = this.driver.findElement(By.cssSelector("#unmapped-titles .unmapped-title"));
		assertThat(first.getAttribute("data-title")).isEqualTo("Data Scientist");
		browser.screenshot("salaries-unmapped-titles");
		new Select(first.findElement(By.cssSelector("select[name=target]"))).selectByValue("applied-scientist");
		browser.navigate(first.findElement(By.cssSelector("button[type=submit]")));
		assertThat(this.driver.findElement(By.id("notice")).getText())
			.isEqualTo("Rule added: “Data Scientist” maps to Applied scientist; 441 records changed.");

		// the explorer shows the group in its chart
		browser.open("/salaries?lang=en");
		new Select(this.driver.findElement(By.id("roleType"))).selectByValue("applied-scientist");
		new Select(this.driver.findElement(By.id("country"))).selectByValue("US");
		browser.navigate(this.driver.findElement(By.cssSelector("#explorer-form button[type=submit]")));
		assertThat(this.driver.findElement(By.cssSelector("#salary-summary h2")).getText()).isEqualTo("Applied scientist");
		List<WebElement> shown = this.driver
			.findElements(By.cssSelector("#level-chart .level-row[data-shown=true] rect"));
		assertThat(shown).isNotEmpty();
		assertThat(this.driver.findElement(By.cssSelector("#level-chart .level-row[data-level=SE]"))
			.getAttribute("data-shown")).isEqualTo("true");
		assertThat(this.driver.findElements(By.cssSelector("#percentiles tr"))).hasSize(5);
		browser.screenshot("salaries-explorer-en");

		browser.open("/salaries?roleType=applied-scientist&country=US&lang=zh-CN");
		assertThat(this.driver.findElement(By.cssSelector("#level-chart figcaption")).getText())
			.isEqualTo("各经验级别的百分位数");
		assertThat(this.driver.findElement(By.cssSelector("#level-chart .level-row[data-level=SE] text")).getText())
			.isEqualTo("高级");
		browser.screenshot("salaries-explorer-zh");
		browser.open("/admin/salaries/review?lang=en");
		browser.screenshot("salaries-review");
		browser.open("/admin/salaries/rates");
		browser.screenshot("salaries-rates");
		browser.open("/salaries?roleType=applied-scientist&country=IS&lang=en");
		browser.screenshot("salaries-explorer-too-few");
	}

}
