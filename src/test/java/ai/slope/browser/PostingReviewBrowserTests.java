package ai.slope.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of an opening, in a real browser: a recruiter signs up, creates a company (not verified),
 * writes a posting and submits it, and it waits for review; an admin approves it from the queue, in
 * Chinese; a job seeker finds it by search and opens it.
 */
class PostingReviewBrowserTests extends BrowserTest {

	static final String TITLE = "Zephyrine Inference Engineer";

	@Test
	void aRecruitersPostingWaitsForReviewIsApprovedAndIsFoundBySearch() {
		// a recruiter signs up and creates a company
		browser.open("/signup?lang=en");
		this.driver.findElement(By.cssSelector("label[for='role2']")).click();
		browser.type("email", "hiring@zephyrine.example");
		browser.type("displayName", "Zoe Recruiter");
		browser.type("password", "we ship inference fast");
		browser.navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
		confirmSignUp("hiring@zephyrine.example");

		browser.open("/recruiter/company");
		browser.type("name", "Zephyrine Systems");
		browser.type("website", "https://zephyrine.example");
		new Select(this.driver.findElement(By.id("hqCountry"))).selectByValue("DE");
		new Select(this.driver.findElement(By.id("sizeBand"))).selectByValue("SMALL");
		browser.type("description", "We make inference cheap.");
		browser.navigate(this.driver.findElement(By.cssSelector("form.company-form button[type=submit]")));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Zephyrine Systems");

		// writes a posting, saves it as a draft and submits it: the company is not verified, so it waits
		browser.open("/recruiter/postings/new");
		new Select(this.driver.findElement(By.id("roleType"))).selectByValue("ml-engineer");
		browser.type("title", TITLE);
		new Select(this.driver.findElement(By.id("seniority"))).selectByValue("SENIOR");
		new Select(this.driver.findElement(By.id("employmentType"))).selectByValue("FULL_TIME");
		new Select(this.driver.findElement(By.id("remotePolicy"))).selectByValue("HYBRID");
		browser.type("city", "Berlin");
		new Select(this.driver.findElement(By.id("country"))).selectByValue("DE");
		browser.type("salaryMin", "90000");
		browser.type("salaryMax", "120000");
		new Select(this.driver.findElement(By.id("salaryCurrency"))).selectByValue("EUR");
		new Select(this.driver.findElement(By.id("salaryPeriod"))).selectByValue("YEAR");
		browser.type("skills", "CUDA, Triton");
		browser.type("description", "Make **large models** answer in milliseconds. <img src=x onerror=\"document.title='owned'\">");
		// the live preview (htmx) renders the Markdown as the public page will, and the skills become tags
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#description-preview strong"), "large models"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#skill-tags .skill"), 2));
		assertThat(this.driver.findElements(By.cssSelector("#description-preview img[onerror]"))).isEmpty();
		assertThat(this.driver.getTitle()).isNotEqualTo("owned");
		browser.screenshot("posting-form");
		browser.navigate(this.driver.findElement(By.cssSelector("button[name=action][value=save]")));
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("Draft");
		String postingPath = this.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
		String id = postingPath.substring(postingPath.lastIndexOf('/') + 1);

		browser.navigate(this.driver.findElement(By.cssSelector("form[action$='/submit'] button[type=submit]")));
		assertThat(this.driver.findElement(By.id("status")).getText()).isEqualTo("Waiting for review");
		browser.screenshot("posting-waiting");
		browser.logOut();

		// nobody finds it yet
		browser.open("/jobs?q=zephyrine&lang=en");
		assertThat(this.driver.findElements(By.cssSelector(".job-card"))).isEmpty();

		// an admin approves it from the queue, in Chinese
		browser.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		browser.open("/admin/postings?lang=zh-CN");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(TITLE);
		browser.screenshot("review-queue-zh");
		browser.navigate(this.driver.findElement(By.cssSelector("form[action='/admin/postings/" + id + "/approve'] button")));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain(TITLE);
		browser.logOut();

		// a job seeker finds it by search and opens it
		browser.open("/signup?lang=en");
		this.driver.findElement(By.cssSelector("label[for='role1']")).click();
		browser.type("email", "sam@seeker.example");
		browser.type("displayName", "Sam Seeker");
		browser.type("password", "looking for fast models");
		browser.navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
		browser.open("/jobs?q=zephyrine+inference&lang=en");
		WebElement result = this.driver.findElement(By.cssSelector(".job-card h3 a"));
		assertThat(result.getText()).isEqualTo(TITLE);
		browser.screenshot("found-by-search");
		browser.navigate(result);
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Zephyrine Systems")
			.contains("large models");
	}

}
