package ai.slope.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.TestPdfs;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.ProgramFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker who reads Chinese finds a career-switch program on {@code /programs} by ticking "no AI experience
 * needed" (无需 AI 经验), which hides a fellowship that asks for it, opens the program, applies, and finds the
 * application among theirs.
 */
class ProgramBrowserTests extends BrowserTest {

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	ProgramFixture programs;

	@Autowired
	CandidateFixture people;

	@Test
	void aSeekerFindsAProgramWithoutAiExperienceInChineseAndApplies() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		JobPosting program = this.programs
			.program(recruiter.company(), "ml-engineer", "Platypus career-switch program", OpeningType.CAREER_SWITCH)
			.deadlineInDays(9)
			.noAiExperienceNeeded()
			.save();
		this.programs.program(recruiter.company(), "ml-engineer", "Platypus research fellowship", OpeningType.FELLOWSHIP)
			.deadlineInDays(5)
			.save();
		Account seeker = this.people.seeker(Locale.SIMPLIFIED_CHINESE);
		this.people.profile(seeker, "Physicist moving into machine learning", "Python, statistics");

		browser.logIn(seeker.getEmail(), AccountFixture.PASSWORD);
		browser.open("/programs?q=platypus&lang=zh-CN");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("项目");
		assertThat(titles()).containsExactly("Platypus research fellowship", "Platypus career-switch program");

		// ticking the box swaps the results in place (htmx)
		WebElement results = this.driver.findElement(By.id("search"));
		WebElement box = this.driver.findElement(By.cssSelector("label[for=noAiExperience]"));
		assertThat(box.getText()).isEqualTo("无需 AI 经验");
		box.click();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.until(Browser.replaced(results));
		wait.until(d -> titles().size() == 1);
		assertThat(titles()).containsExactly("Platypus career-switch program");
		assertThat(this.driver.getCurrentUrl()).contains("noAiExperience=true");
		WebElement card = this.driver.findElement(By.cssSelector(".job-card"));
		assertThat(card.findElement(By.cssSelector(".opening-type")).getText()).isEqualTo("转行培养计划");
		assertThat(card.findElement(By.cssSelector(".closes-soon")).getText()).isEqualTo("9 天后截止");
		browser.screenshot("programs-no-ai-experience");

		// opens the program and applies as to a job
		browser.navigate(card.findElement(By.cssSelector("h3 a")));
		assertThat(this.driver.getCurrentUrl()).contains("/jobs/" + program.getId() + "-");
		browser.navigate(this.driver.findElement(By.id("apply-in-app")));
		browser.type("coverNote", "我是物理学博士，想通过这个项目转行做机器学习。");
		this.driver.findElement(By.id("resume-upload")).click();
		Path pdf = Files.createTempFile("platypus-cv", ".pdf");
		Files.write(pdf, TestPdfs.pdf());
		this.driver.findElement(By.id("resume")).sendKeys(pdf.toAbsolutePath().toString());
		browser.navigate(this.driver.findElement(By.id("send-application")));
		assertThat(this.driver.findElements(By.id("stage"))).isNotEmpty();

		// and finds it among their applications
		browser.open("/applications");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Platypus career-switch program")
			.doesNotContain("Platypus research fellowship");
		browser.screenshot("programs-applied");
		browser.logOut();
	}

	private java.util.List<String> titles() {
		return this.driver.findElements(By.cssSelector(".job-card h3")).stream().map(WebElement::getText).toList();
	}

}
