package ai.slope.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.TestMailServer;
import ai.slope.candidates.TestPdfs;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application from start to finish, in a real browser: a job seeker signs up, fills in a profile with a
 * publication and applies with a PDF; the company's recruiter moves the application to Interview (htmx, no page
 * load); the seeker sees the new stage and has the mail.
 */
class ApplicationBrowserTests extends BrowserTest {

	static final String SEEKER_EMAIL = "noor@applicant.example";

	static final String SEEKER_PASSWORD = "gradient descent daily";

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postings;

	@Test
	void aSeekerAppliesWithAPdfAndSeesTheRecruitersMoveToInterview() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		JobPosting posting = this.postings.posting(recruiter.company(), "research-engineer", "Quokka Alignment Engineer")
			.skills("PyTorch", "JAX", "Reinforcement Learning")
			.save();

		// a job seeker signs up and fills in a profile with a publication
		browser.open("/signup?lang=en");
		this.driver.findElement(By.cssSelector("label[for='role1']")).click();
		browser.type("email", SEEKER_EMAIL);
		browser.type("displayName", "Noor Haddad");
		browser.type("password", SEEKER_PASSWORD);
		browser.navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
		confirmSignUp(SEEKER_EMAIL);
		browser.open("/profile/edit");
		browser.type("headline", "Research engineer, RL from human feedback");
		browser.type("city", "Amman");
		browser.type("skills", "pytorch, Jax, Rust");
		browser.navigate(this.driver.findElement(By.cssSelector("form[action='/profile'] button[type=submit]")));
		browser.open("/profile/publications/new");
		browser.type("title", "Reward models that generalise");
		browser.type("venue", "NeurIPS");
		browser.type("year", "2024");
		browser.type("citations", "42");
		browser.navigate(this.driver.findElement(By.cssSelector("form[action='/profile/publications'] button[type=submit]")));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Reward models that generalise");

		// applies with a PDF from the posting's page
		browser.open("/jobs/" + posting.getId() + "-" + posting.getSlug() + "?lang=en");
		browser.navigate(this.driver.findElement(By.id("apply-in-app")));
		browser.type("coverNote", "I have trained reward models at scale and would love to do it with you.");
		this.driver.findElement(By.id("resume-upload")).click();
		Path pdf = Files.createTempFile("noor-cv", ".pdf");
		Files.write(pdf, TestPdfs.pdf());
		this.driver.findElement(By.id("resume")).sendKeys(pdf.toAbsolutePath().toString());
		browser.screenshot("apply-form");
		browser.navigate(this.driver.findElement(By.id("send-application")));
		assertThat(this.driver.findElement(By.id("stage")).getText()).isEqualTo("Stage: Applied");
		String applicationPath = this.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		browser.logOut();

		// the recruiter moves the application to Interview on the pipeline page, without a page load
		browser.logIn(recruiter.email(), AccountFixture.PASSWORD);
		browser.open("/recruiter/postings/" + posting.getId() + "/applicants?lang=en");
		WebElement row = this.driver.findElement(By.cssSelector("#applicants tbody tr"));
		assertThat(row.getText()).contains("Noor Haddad", "Research engineer, RL from human feedback",
				"1 paper · 42 citations · h-index 1");
		assertThat(row.findElements(By.cssSelector(".skill-matched"))).extracting(WebElement::getText)
			.containsExactly("PyTorch", "JAX");
		WebElement html = this.driver.findElement(By.tagName("html"));
		row.findElement(By.cssSelector("input[name=ids]")).click();
		new Select(this.driver.findElement(By.id("move-stage"))).selectByValue("INTERVIEW");
		browser.type("move-note", "Great RLHF background");
		WebElement list = this.driver.findElement(By.id("pipeline"));
		this.driver.findElement(By.id("move-submit")).click();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.until(Browser.replaced(list));
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#applicants .stage-badge"), "Interview"));
		assertThat(this.driver.findElement(By.cssSelector("#move-status")).getText())
			.isEqualTo("1 applicant moved to Interview.");
		assertThat(Browser.replaced(html).apply(this.driver)).as("the page itself stayed").isFalse();
		browser.screenshot("pipeline-moved");
		browser.logOut();

		// the seeker sees the new stage, and has the mail
		browser.logIn(SEEKER_EMAIL, SEEKER_PASSWORD);
		browser.open(applicationPath);
		assertThat(this.driver.findElement(By.id("stage")).getText()).isEqualTo("Stage: Interview");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain("Great RLHF background");
		browser.screenshot("application-interview");
		List<MimeMessage> mails = TestMailServer.awaitMailsTo(SEEKER_EMAIL, 2);
		assertThat(mails).extracting(MimeMessage::getSubject)
			.contains("Interview: Quokka Alignment Engineer at " + recruiter.company().getName());
	}

}
