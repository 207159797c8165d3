package ai.slope.alerts.web;

import java.time.Duration;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.alerts.SavedJobs;
import ai.slope.candidates.CandidateFixture;
import ai.slope.companies.Company;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RemotePolicy;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@WebIntegrationTest
class SavedJobsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture people;

	@Autowired
	PostingFixture postings;

	@Autowired
	Postings lifecycle;

	@Autowired
	SavedJobs savedJobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private JobPosting posting(Company company, String title) {
		return this.postings.posting(company, "ml-engineer", title).save();
	}

	private static String path(JobPosting posting) {
		return "/jobs/" + posting.getId() + "-" + posting.getSlug();
	}

	private int savedRows(Account seeker) {
		return this.jdbc.queryForObject("select count(*) from saved_job where account_id = ?", Integer.class,
				seeker.getId());
	}

	@Test
	void aSeekerSavesAPostingFromItsPageAndFindsItOnTheList() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		JobPosting posting = posting(this.postings.company("Savewell"), "Gradient wrangler");

		Document page = browser.page(path(posting));
		assertThat(page.select("#save-job button").text()).isEqualTo("☆ Save this opening");
		MockHttpServletResponse saved = browser.post("/saved/" + posting.getId());

		assertThat(saved.getRedirectedUrl()).isEqualTo(path(posting) + "#save-job");
		assertThat(browser.page(path(posting)).select("#save-job button[aria-pressed=true]").text())
			.isEqualTo("★ Saved");
		Document list = browser.page("/saved");
		assertThat(list.select(".saved-job h2 a").eachText()).containsExactly("Gradient wrangler");
		assertThat(list.select(".saved-job h2 a").attr("href")).isEqualTo(path(posting));
		assertThat(list.select(".saved-job .saved-job-main p").text()).contains("Savewell", "open until");
		assertThat(list.select(".saved-state")).isEmpty();
	}

	@Test
	void theListShowsEachSavedJobsPayAndPlaceLikeAJobCard() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		JobPosting posting = this.postings.posting(this.postings.company("Payplace"), "ml-engineer", "Paid in pounds")
			.location(RemotePolicy.HYBRID, "London", "GB")
			.salary(90_000, 120_000, "GBP", SalaryPeriod.YEAR)
			.save();
		browser.page(path(posting));
		browser.post("/saved/" + posting.getId());

		Document list = browser.page("/saved");
		assertThat(list.select(".saved-job .saved-place").text()).isEqualTo("London, United Kingdom · Hybrid");
		assertThat(list.select(".saved-job .saved-pay").text()).isEqualTo("GBP 90,000–120,000 a year");
		assertThat(list.select(".saved-job .job-meta").text()).startsWith("(about USD");
		Document chinese = browser.in(Locale.SIMPLIFIED_CHINESE).page("/saved");
		assertThat(chinese.select(".saved-job .saved-place").text()).isEqualTo("伦敦，英国 · 混合办公");
		assertThat(chinese.select(".saved-job .saved-pay").text()).contains("GBP", "90,000");
	}

	@Test
	void savingTwiceKeepsOneAndHtmxSwapsTheButton() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		JobPosting posting = posting(this.postings.company("Twiceco"), "Double clicker");
		browser.page(path(posting));

		browser.post("/saved/" + posting.getId());
		browser.post("/saved/" + posting.getId());

		assertThat(savedRows(seeker)).isEqualTo(1);
		assertThat(this.savedJobs.save(seeker.getId(), posting.getId())).isEqualTo(SavedJobs.Outcome.ALREADY_SAVED);
		String csrf = browser.page(path(posting)).select("input[name=_csrf]").val();
		MockHttpServletResponse fragment = this.mvc
			.perform(post("/saved/" + posting.getId() + "/remove").header("HX-Request", "true")
				.param("_csrf", csrf)
				.cookie(browser.cookie(WebSession.SESSION_COOKIE)))
			.andReturn()
			.getResponse();
		Document button = Jsoup.parse(fragment.getContentAsString());
		assertThat(button.select("#save-job button[aria-pressed=false]").text()).isEqualTo("☆ Save this opening");
		assertThat(button.select("html > body > div#save-job")).hasSize(1);
		assertThat(savedRows(seeker)).isZero();
	}

	@Test
	void theListSaysWhenASavedPostingHasClosedOrExpired() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Company company = this.postings.company("Closeco");
		JobPosting toClose = posting(company, "Filled role");
		JobPosting toExpire = posting(company, "Expiring role");
		for (JobPosting posting : new JobPosting[] { toClose, toExpire }) {
			assertThat(this.savedJobs.save(seeker.getId(), posting.getId())).isEqualTo(SavedJobs.Outcome.SAVED);
		}
		this.lifecycle.close(null, company.getId(), toClose.getId(), CloseReason.FILLED);

		// an hour after the second one expired, the third is published and saved
		this.clock.advance(Duration.between(this.clock.instant(), toExpire.getExpiresAt()).plusHours(1));
		JobPosting open = posting(company, "Open role");
		assertThat(this.savedJobs.save(seeker.getId(), open.getId())).isEqualTo(SavedJobs.Outcome.SAVED);

		Document list = browser.page("/saved");
		assertThat(list.select(".saved-job[data-posting=" + toClose.getId() + "] .saved-state").text())
			.isEqualTo("Closed");
		assertThat(list.select(".saved-job[data-posting=" + toClose.getId() + "] h2 a").attr("href"))
			.as("its page says it no longer takes applications")
			.isEqualTo(path(toClose));
		assertThat(list.select(".saved-job[data-posting=" + toExpire.getId() + "] h2 a").attr("href"))
			.isEqualTo(path(toExpire));
		assertThat(list.select(".saved-job[data-posting=" + toExpire.getId() + "] .saved-state").text())
			.isEqualTo("No longer open");
		assertThat(list.select(".saved-job[data-posting=" + open.getId() + "] .saved-state")).isEmpty();
		assertThat(list.select(".saved-job[data-posting=" + open.getId() + "] h2 a").attr("href"))
			.isEqualTo(path(open));

		Document chinese = browser.in(Locale.SIMPLIFIED_CHINESE).page("/saved?lang=zh-CN");
		assertThat(chinese.select(".saved-job[data-posting=" + toClose.getId() + "] .saved-state").text())
			.isEqualTo("已关闭");
		assertThat(chinese.select("h1").text()).isEqualTo("已收藏的职位");
	}

	@Test
	void aPostingThatIsNotOpenCannotBeSavedAndNothingIsStored() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Company company = this.postings.company("Goneco");
		JobPosting closed = posting(company, "Closed before saving");
		this.lifecycle.close(null, company.getId(), closed.getId(), CloseReason.CANCELLED);
		browser.page("/saved");

		MockHttpServletResponse response = browser.post("/saved/" + closed.getId());

		assertThat(response.getRedirectedUrl()).isEqualTo("/saved");
		assertThat(browser.follow(response).select("[role=alert]").text())
			.isEqualTo("This opening has closed, so it cannot be saved.");
		assertThat(savedRows(seeker)).isZero();
		assertThat(browser.post("/saved/99999999").getStatus()).isEqualTo(404);
	}

	@Test
	void aSeekerLearnsNothingOfPostingsThatAreNotOnTheBoard() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Company company = this.postings.company("Secretco");
		JobPosting draft = this.postings.posting(company, "ml-engineer", "Stealth robotics lab lead").draft().save();
		JobPosting pending = this.postings.posting(company, "ml-engineer", "Acquisition integration lead").draft().save();
		JobPosting rejected = this.postings.posting(company, "ml-engineer", "Layoff transition coordinator").draft().save();
		this.jdbc.update("update job_posting set status = 'PENDING_REVIEW' where id = ?", pending.getId());
		this.jdbc.update("update job_posting set status = 'REJECTED' where id = ?", rejected.getId());
		// closed while in its first review: never on the board
		JobPosting withdrawn = this.postings.posting(company, "ml-engineer", "Reorganisation planner").draft().save();
		this.jdbc.update("update job_posting set status = 'CLOSED', close_reason = 'CANCELLED' where id = ?",
				withdrawn.getId());
		browser.page("/saved");

		for (JobPosting hidden : new JobPosting[] { draft, pending, rejected, withdrawn }) {
			for (MockHttpServletResponse answer : new MockHttpServletResponse[] {
					browser.post("/saved/" + hidden.getId() + "/remove"),
					browser.post("/saved/" + hidden.getId() + "/remove", "from", "list"),
					browser.post("/saved/" + hidden.getId()) }) {
				assertThat(answer.getStatus()).as(hidden.getTitle()).isEqualTo(404);
				assertThat(answer.getRedirectedUrl()).isNull();
				assertThat(answer.getContentAsString()).doesNotContain(hidden.getSlug())
					.doesNotContain(hidden.getTitle());
			}
		}
		String csrf = browser.page("/saved").select("input[name=_csrf]").val();
		MockHttpServletResponse htmx = this.mvc
			.perform(post("/saved/" + draft.getId() + "/remove").header("HX-Request", "true")
				.param("_csrf", csrf)
				.cookie(browser.cookie(WebSession.SESSION_COOKIE)))
			.andReturn()
			.getResponse();
		assertThat(htmx.getStatus()).isEqualTo(404);
		assertThat(savedRows(seeker)).isZero();
		// the same answer as for a posting that does not exist
		assertThat(browser.post("/saved/99999999/remove").getStatus()).isEqualTo(404);
	}

	@Test
	void removingASavedPostingThatLeftTheBoardReturnsToTheListNotToItsPage() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		JobPosting posting = posting(this.postings.company("Backco"), "Back in review");
		this.savedJobs.save(seeker.getId(), posting.getId());
		this.jdbc.update("update job_posting set status = 'PENDING_REVIEW' where id = ?", posting.getId());
		browser.page("/saved");

		MockHttpServletResponse removed = browser.post("/saved/" + posting.getId() + "/remove");

		assertThat(removed.getRedirectedUrl()).isEqualTo("/saved");
		assertThat(savedRows(seeker)).isZero();
	}

	@Test
	void unsavingFromTheListSaysSoAndUnsavingTwiceIsFine() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		JobPosting posting = posting(this.postings.company("Unsaveco"), "Short-lived interest");
		this.savedJobs.save(seeker.getId(), posting.getId());
		browser.page("/saved");

		MockHttpServletResponse removed = browser.post("/saved/" + posting.getId() + "/remove", "from", "list");

		assertThat(removed.getRedirectedUrl()).isEqualTo("/saved");
		Document list = browser.follow(removed);
		assertThat(list.select("[role=status]").text())
			.isEqualTo("“Short-lived interest” is removed from your saved jobs.");
		assertThat(list.select("#no-saved-jobs h2").text()).isEqualTo("No saved jobs yet");
		assertThat(list.select("#no-saved-jobs a").attr("href")).isEqualTo("/jobs");
		MockHttpServletResponse again = browser.post("/saved/" + posting.getId() + "/remove", "from", "list");
		assertThat(again.getRedirectedUrl()).isEqualTo("/saved");
		assertThat(browser.follow(again).select("[role=status]")).isEmpty();
	}

	@Test
	void theListIsPagedTwentyAPageNewestFirst() throws Exception {
		Account seeker = this.people.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Company company = this.postings.company("Pageco");
		for (int i = 1; i <= 21; i++) {
			JobPosting posting = posting(company, "Role number " + i);
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(this.savedJobs.save(seeker.getId(), posting.getId())).isEqualTo(SavedJobs.Outcome.SAVED);
		}

		Document first = browser.page("/saved");
		Document second = browser.page("/saved?page=2");

		assertThat(first.select(".saved-job")).hasSize(20);
		assertThat(first.select(".saved-job h2").first().text()).isEqualTo("Role number 21");
		assertThat(first.select("nav .pagination").text()).contains("Page 1 of 2");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/saved?page=2");
		assertThat(second.select(".saved-job h2").eachText()).containsExactly("Role number 1");
		assertThat(first.select("h1 + p").text()).isEqualTo("21 saved jobs (at most 500)");
		assertThat(browser.get("/saved?page=9").getRedirectedUrl()).isEqualTo("/saved?page=2");
		assertThat(browser.get("/saved?page=2147483647").getRedirectedUrl()).isEqualTo("/saved?page=2");
		assertThat(browser.get("/saved?page=abc").getStatus()).isEqualTo(200);
	}

	@Test
	void onlyJobSeekersHaveSavedJobsAndOthersSeeNoSaveButton() throws Exception {
		JobPosting posting = posting(this.postings.company("Accessco"), "Guarded role");
		WebSession anonymous = new WebSession(this.mvc);

		assertThat(anonymous.get("/saved").getRedirectedUrl()).endsWith("/login");
		Document page = anonymous.page(path(posting));
		assertThat(page.select("#save-job a").attr("href")).isEqualTo("/saved/" + posting.getId());
		assertThat(page.select("#save-job a").text()).isEqualTo("Log in to save this opening");
		assertThat(this.mvc.perform(get("/saved/" + posting.getId())).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");

		WebSession recruiter = this.people.browserOf(this.mvc, Role.RECRUITER);
		assertThat(recruiter.get("/saved").getStatus()).isEqualTo(403);
		assertThat(recruiter.page(path(posting)).select("#save-job")).isEmpty();
		assertThat(recruiter.post("/saved/" + posting.getId()).getStatus()).isEqualTo(403);

		WebSession seeker = WebSession.loggedInAs(this.mvc, this.people.seeker());
		assertThat(seeker.get("/saved/" + posting.getId()).getRedirectedUrl()).isEqualTo(path(posting) + "#save-job");
		seeker.page(path(posting));
		assertThat(seeker.postWithoutCsrf("/saved/" + posting.getId()).getStatus()).isEqualTo(403);
		assertThat(seeker.page("/account").select(".dropdown-menu a[href=/saved]").text()).isEqualTo("Saved jobs");
	}

}
