package ai.slope.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of an opening, in a real browser: a recruiter signs up, creates a company (not verified),
 * writes a posting and submits it, and it waits for review; an admin approves it from the queue, in
 * Chinese; a job seeker finds it by search and opens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = { "slope.admin.email=" + PostingReviewBrowserTests.ADMIN_EMAIL,
		"slope.admin.password=" + PostingReviewBrowserTests.ADMIN_PASSWORD, "slope.admin.name=Ada Admin" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostingReviewBrowserTests {

	static final String ADMIN_EMAIL = "ada@review.example";

	static final String ADMIN_PASSWORD = "moderation is a craft";

	static final String TITLE = "Zephyrine Inference Engineer";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	WebDriver driver;

	@BeforeAll
	void setUp() {
		this.driver = browser.start();
	}

	@AfterAll
	void tearDown() {
		browser.quit();
	}

	@Test
	void aRecruitersPostingWaitsForReviewIsApprovedAndIsFoundBySearch() {
		// a recruiter signs up and creates a company
		open("/signup?lang=en");
		this.driver.findElement(By.cssSelector("label[for='role2']")).click();
		type("email", "hiring@zephyrine.example");
		type("displayName", "Zoe Recruiter");
		type("password", "we ship inference fast");
		navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));

		open("/recruiter/company");
		type("name", "Zephyrine Systems");
		type("website", "https://zephyrine.example");
		new Select(this.driver.findElement(By.id("hqCountry"))).selectByValue("DE");
		new Select(this.driver.findElement(By.id("sizeBand"))).selectByValue("SMALL");
		type("description", "We make inference cheap.");
		navigate(this.driver.findElement(By.cssSelector("form.company-form button[type=submit]")));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Zephyrine Systems");

		// writes a posting, saves it as a draft and submits it: the company is not verified, so it waits
		open("/recruiter/postings/new");
		new Select(this.driver.findElement(By.id("roleType"))).selectByValue("ml-engineer");
		type("title", TITLE);
		new Select(this.driver.findElement(By.id("seniority"))).selectByValue("SENIOR");
		new Select(this.driver.findElement(By.id("employmentType"))).selectByValue("FULL_TIME");
		new Select(this.driver.findElement(By.id("remotePolicy"))).selectByValue("HYBRID");
		type("city", "Berlin");
		type("country", "DE");
		type("salaryMin", "90000");
		type("salaryMax", "120000");
		new Select(this.driver.findElement(By.id("salaryCurrency"))).selectByValue("EUR");
		new Select(this.driver.findElement(By.id("salaryPeriod"))).selectByValue("YEAR");
		type("skills", "CUDA, Triton");
		type("description", "Make **large models** answer in milliseconds. <img src=x onerror=\"document.title='owned'\">");
		// the live preview (htmx) renders the Markdown as the public page will, and the skills become tags
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#description-preview strong"), "large models"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#skill-tags .skill"), 2));
		assertThat(this.driver.findElements(By.cssSelector("#description-preview img[onerror]"))).isEmpty();
		assertThat(this.driver.getTitle()).isNotEqualTo("owned");
		browser.screenshot("posting-form");
		navigate(this.driver.findElement(By.cssSelector("button[name=action][value=save]")));
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("Draft");
		String postingPath = this.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
		String id = postingPath.substring(postingPath.lastIndexOf('/') + 1);

		navigate(this.driver.findElement(By.cssSelector("form[action$='/submit'] button[type=submit]")));
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("Waiting for review");
		browser.screenshot("posting-waiting");
		logOut();

		// nobody finds it yet
		open("/jobs?q=zephyrine&lang=en");
		assertThat(this.driver.findElements(By.cssSelector(".job-card"))).isEmpty();

		// an admin approves it from the queue, in Chinese
		logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		open("/admin/postings?lang=zh-CN");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(TITLE);
		browser.screenshot("review-queue-zh");
		navigate(this.driver.findElement(By.cssSelector("form[action='/admin/postings/" + id + "/approve'] button")));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain(TITLE);
		logOut();

		// a job seeker finds it by search and opens it
		open("/signup?lang=en");
		this.driver.findElement(By.cssSelector("label[for='role1']")).click();
		type("email", "sam@seeker.example");
		type("displayName", "Sam Seeker");
		type("password", "looking for fast models");
		navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
		open("/jobs?q=zephyrine+inference&lang=en");
		WebElement result = this.driver.findElement(By.cssSelector(".job-card h3 a"));
		assertThat(result.getText()).isEqualTo(TITLE);
		browser.screenshot("found-by-search");
		navigate(result);
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Zephyrine Systems")
			.contains("large models");
	}

	void logIn(String email, String password) {
		open("/login?lang=en");
		type("username", email);
		type("password", password);
		navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
	}

	void logOut() {
		WebElement menu = this.driver.findElement(By.id("account-menu"));
		menu.click();
		WebElement logOut = new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".dropdown-menu form[action='/logout'] button")));
		navigate(logOut);
	}

	void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	/**
	 * Clicks something that loads another page, and waits until that page has loaded.
	 */
	void navigate(WebElement element) {
		WebElement html = this.driver.findElement(By.tagName("html"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.until(Browser.replaced(html));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
