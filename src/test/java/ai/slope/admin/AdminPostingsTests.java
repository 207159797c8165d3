package ai.slope.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;
import ai.slope.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class AdminPostingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	@Autowired
	JobSearch search;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	WebSession admin;

	long adminId;

	@BeforeEach
	void logIn() throws Exception {
		this.admin = WebSession.loggedInAsAdmin(this.mvc);
		this.adminId = this.accounts.findByEmail(WebIntegrationTest.ADMIN_EMAIL).orElseThrow().getId();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private JobPosting pending(Recruiter recruiter, String title) {
		JobPosting draft = this.postings.createDraft(recruiter.id(), recruiter.company(),
				RecruiterFixture.input(title));
		return this.postings.submit(recruiter.id(), recruiter.companyId(), draft.getId());
	}

	private List<Map<String, Object>> audit(long postingId) {
		return this.jdbc.queryForList(
				"select actor_id, action, detail from audit_log where target_type = 'posting' and target_id = ?",
				String.valueOf(postingId));
	}

	@Test
	void theQueueShowsPendingPostingsOldestFirstWithASanitisedPreview() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(false);
		// submitted in 2001, before any other test's pending posting; the older one last, so that the queue's order
		// is not the order of the ids
		this.clock.advance(Duration.between(this.clock.instant(), Instant.parse("2001-01-02T00:00:00Z")));
		JobPosting newer = pending(recruiter, "Newer queued engineer");
		this.clock.advance(Duration.ofDays(-1));
		JobPosting older = pending(recruiter, "Older queued engineer");
		this.clock.reset();
		this.jdbc.update("update job_posting set description = 'Hi <script>alert(1)</script> **there**' where id = ?",
				older.getId());
		this.postings.createDraft(recruiter.id(), recruiter.company(), RecruiterFixture.input("Draft not queued"));

		Document page = this.admin.page("/admin/postings");

		List<String> ids = page.select("article.review-card").eachAttr("id");
		assertThat(ids).startsWith("posting-" + older.getId(), "posting-" + newer.getId());
		assertThat(page.select("article h2").eachText()).doesNotContain("Draft not queued");
		assertThat(page.select(".admin-nav .active").text()).isEqualTo("Pending postings");
		var preview = page.selectFirst("#posting-" + older.getId() + " .description");
		assertThat(preview.select("strong").text()).isEqualTo("there");
		assertThat(preview.select("script")).isEmpty();
	}

	@Test
	void approvingPublishesThePostingIntoSearchAndIsAudited() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(false);
		JobPosting posting = pending(recruiter, "Wallabyquant engineer");
		assertThat(this.search.search(JobQuery.all().withKeywords("Wallabyquant")).total()).isZero();
		this.admin.page("/admin/postings");

		MockHttpServletResponse response = this.admin.post("/admin/postings/" + posting.getId() + "/approve");

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/postings");
		assertThat(this.admin.follow(response).select("[role=status]").text()).contains("approved");
		JobPosting approved = this.postings.find(posting.getId());
		assertThat(approved.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(approved.getExpiresAt()).isAfter(approved.getPublishedAt());
		assertThat(this.search.search(JobQuery.all().withKeywords("Wallabyquant")).hits()).singleElement()
			.satisfies(hit -> assertThat(hit.id()).isEqualTo(posting.getId()));
		assertThat(audit(posting.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.get("action")).isEqualTo("posting.approve");
			assertThat(((Number) entry.get("actor_id")).longValue()).isEqualTo(this.adminId);
		});
		assertThat(this.postings.history(posting.getId())).last()
			.satisfies(entry -> assertThat(entry.getActorId()).isEqualTo(this.adminId));
	}

	@Test
	void approvingMailsTheRecruitersInTheirLanguage() throws Exception {
		Recruiter chinese = this.fixture.recruiter(false, Locale.SIMPLIFIED_CHINESE);
		JobPosting posting = pending(chinese, "Quokkaserve engineer");
		Recruiter english = this.fixture.recruiter(false);
		JobPosting other = pending(english, "Bilbyscale engineer");
		this.admin.page("/admin/postings");

		this.admin.post("/admin/postings/" + posting.getId() + "/approve");
		this.admin.page("/admin/postings");
		this.admin.post("/admin/postings/" + other.getId() + "/approve");

		assertThat(TestMailServer.mailsTo(chinese.email())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("你的职位\u201CQuokkaserve engineer\u201D已发布");
			assertThat(TestMailServer.body(mail)).contains("已批准")
				.contains("https://slope.test/jobs/" + posting.getId() + "-")
				.contains("https://slope.test/recruiter/postings/" + posting.getId());
		});
		assertThat(TestMailServer.mailsTo(english.email())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Your posting \u201CBilbyscale engineer\u201D is on the board");
			assertThat(TestMailServer.body(mail)).contains("approved your posting");
		});
	}

	@Test
	void rejectingNeedsAReasonThatTheRecruiterSeesAndIsMailedInTheirLanguage() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(false, Locale.SIMPLIFIED_CHINESE);
		JobPosting posting = pending(recruiter, "Possumcast engineer");
		this.admin.page("/admin/postings");

		MockHttpServletResponse blank = this.admin.post("/admin/postings/" + posting.getId() + "/reject", "reason",
				"   ");
		assertThat(this.admin.follow(blank).select("[role=alert]").text()).contains("Give the reason");
		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
		assertThat(audit(posting.getId())).isEmpty();

		this.admin.post("/admin/postings/" + posting.getId() + "/reject", "reason",
				"The pay range <b>is</b> missing the bonus.");

		JobPosting rejected = this.postings.find(posting.getId());
		assertThat(rejected.getStatus()).isEqualTo(JobStatus.REJECTED);
		assertThat(rejected.getRejectReason()).isEqualTo("The pay range <b>is</b> missing the bonus.");
		assertThat(audit(posting.getId())).singleElement().satisfies(entry -> {
			assertThat(entry.get("action")).isEqualTo("posting.reject");
			assertThat(entry.get("detail")).isEqualTo("The pay range <b>is</b> missing the bonus.");
		});
		assertThat(TestMailServer.mailsTo(recruiter.email())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("你的职位\u201CPossumcast engineer\u201D未获批准");
			assertThat(TestMailServer.body(mail)).contains("The pay range <b>is</b> missing the bonus.")
				.contains("https://slope.test/recruiter/postings/" + posting.getId());
		});

		WebSession recruiterBrowser = WebSession.loggedInAs(this.mvc, recruiter.account());
		Document page = recruiterBrowser.page("/recruiter/postings/" + posting.getId());
		assertThat(page.select("#reject-reason .reason-text").text()).isEqualTo("The pay range <b>is</b> missing the bonus.");
		assertThat(page.select("#reject-reason b")).isEmpty();
	}

	@Test
	void aPostingDecidedAlreadyIsNotDecidedAgain() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(false);
		JobPosting posting = pending(recruiter, "Decided engineer");
		this.admin.page("/admin/postings");
		this.admin.follow(this.admin.post("/admin/postings/" + posting.getId() + "/approve"));

		MockHttpServletResponse again = this.admin.post("/admin/postings/" + posting.getId() + "/reject", "reason",
				"Too late");

		assertThat(this.admin.follow(again).select("[role=status]").text()).contains("not waiting for review");
		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(audit(posting.getId())).hasSize(1);
		assertThat(this.admin.post("/admin/postings/999999999/approve").getStatus()).isEqualTo(404);
	}

}
