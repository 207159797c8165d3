package ai.slope.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.TestMailServer;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recruiter search in a real browser: a recruiter of a verified company searches with keywords, a must-have and
 * a nice-to-have skill, reads why the first candidate matched, opens the profile and invites them to a posting; the
 * candidate sees which company viewed the profile and the invitation.
 */
class CandidateSearchBrowserTests extends BrowserTest {

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postings;

	@Autowired
	CandidateFixture candidates;

	@Test
	void aRecruiterSearchesReadsWhyACandidateMatchedAndShortlistsThem() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		JobPosting posting = this.postings.posting(recruiter.company(), "research-scientist", "Wombat Diffusion Scientist")
			.skills("PyTorch", "Diffusion")
			.save();
		Account strong = this.candidates.discoverable("Wombat diffusion researcher", "PyTorch, JAX, Wombatics")
			.paper("Wombat diffusion at scale", 320)
			.paper("Sampling wombats quickly", 80)
			.scholar("WoMbAt123456")
			.save();
		this.candidates.discoverable("Wombat diffusion engineer", "PyTorch, Wombatics").save();
		this.candidates.discoverable("Wombat data engineer", "Spark, Wombatics").save();

		browser.logIn(recruiter.email(), AccountFixture.PASSWORD);
		browser.open("/recruiter/candidates?lang=en");
		browser.type("q", "wombat AND diffusion NOT data");
		browser.type("must", "wombatics");
		browser.type("nice", "JAX");
		browser.navigate(this.driver.findElement(By.cssSelector("#candidate-search-form button[type=submit]")));

		assertThat(this.driver.findElement(By.id("result-count")).getText()).isEqualTo("2 candidates");
		WebElement first = this.driver.findElement(By.cssSelector(".candidate-result"));
		assertThat(first.getAttribute("data-candidate")).isEqualTo(String.valueOf(strong.getId()));
		String why = first.findElement(By.cssSelector(".candidate-why")).getText();
		assertThat(why).contains("“wombat” in headline, publication titles", "Has every must-have skill: Wombatics",
				"Has every nice-to-have skill: JAX", "400 citations", "links a Google Scholar profile");
		browser.screenshot("candidate-search");
		String searchUrl = this.driver.getCurrentUrl();
		this.driver.get(searchUrl + "&lang=zh-CN");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("寻找候选人");
		assertThat(this.driver.findElement(By.cssSelector(".candidate-why")).getText()).contains("“wombat”出现在",
				"具备全部必备技能：Wombatics", "400 次引用");
		browser.screenshot("candidate-search-zh");
		this.driver.get(searchUrl + "&lang=en");
		first = this.driver.findElement(By.cssSelector(".candidate-result"));

		browser.navigate(first.findElement(By.cssSelector("h2 a")));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(strong.getDisplayName());
		assertThat(this.driver.findElement(By.tagName("main")).getText()).doesNotContain(strong.getEmail());
		new Select(this.driver.findElement(By.id("invite-posting"))).selectByVisibleText(posting.getTitle());
		browser.type("invite-note", "Your wombat diffusion work is exactly what we need.");
		browser.navigate(this.driver.findElement(By.cssSelector("#invite-form button[type=submit]")));
		assertThat(this.driver.findElement(By.id("sourcing-done")).getText()).contains(posting.getTitle());
		browser.screenshot("candidate-invited");
		browser.logOut();

		browser.logIn(strong.getEmail(), AccountFixture.PASSWORD);
		browser.open("/profile?lang=en");
		assertThat(this.driver.findElement(By.id("profile-views")).getText()).contains(recruiter.company().getName());
		browser.open("/applications?lang=en");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(posting.getTitle(),
				recruiter.company().getName());
		browser.screenshot("candidate-invitation");
		assertThat(TestMailServer.awaitMailsTo(strong.getEmail(), 1)).hasSize(1);
	}

}
