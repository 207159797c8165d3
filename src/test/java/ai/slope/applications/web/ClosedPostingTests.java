package ai.slope.applications.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.alerts.SavedJobs;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.Pipeline;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A posting that has closed or expired: its page stays (410, no structured data, no apply button), the seeker's
 * links lead there, its remaining applicants hear that it was filled, and unpublished postings stay unknown.
 */
@WebIntegrationTest
class ClosedPostingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postingFixture;

	@Autowired
	Postings postings;

	@Autowired
	Pipeline pipeline;

	@Autowired
	SavedJobs savedJobs;

	private final String tag = "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private MockHttpServletResponse anonymous(String url, Locale locale) throws Exception {
		return this.mvc.perform(get(url).locale(locale).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
	}

	private static String path(JobPosting posting) {
		return "/jobs/" + posting.getId() + "-" + posting.getSlug();
	}

	private void close(ApplicationFixture.Opening opening, CloseReason reason) {
		this.postings.close(opening.recruiter().id(), opening.recruiter().companyId(), opening.postingId(), reason);
	}

	@Test
	void aClosedPostingKeepsItsPageWith410ButNoStructuredDataNorApplyButton() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		String url = path(opening.posting());
		assertThat(Jsoup.parse(anonymous(url, Locale.ENGLISH).getContentAsString())
			.select("script[type=application/ld+json]")).as("while it is open").hasSize(1);

		close(opening, CloseReason.FILLED);

		MockHttpServletResponse english = anonymous(url, Locale.ENGLISH);
		assertThat(english.getStatus()).isEqualTo(410);
		Document page = Jsoup.parse(english.getContentAsString());
		assertThat(page.select("#ended").text()).isEqualTo("No longer accepting applications");
		assertThat(page.select("h1").text()).isEqualTo("Senior ML Engineer");
		assertThat(page.select(".job-meta").text()).contains(opening.recruiter().company().getName());
		assertThat(page.select(".description").text()).isNotBlank();
		assertThat(page.select("script[type=application/ld+json]")).isEmpty();
		assertThat(page.select("#apply, #apply-in-app, #save-job")).isEmpty();
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

		MockHttpServletResponse chinese = anonymous(url, Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.getStatus()).isEqualTo(410);
		assertThat(Jsoup.parse(chinese.getContentAsString()).select("#ended").text()).isEqualTo("已停止接收申请");

		assertThat(anonymous("/jobs/" + opening.postingId(), Locale.ENGLISH).getRedirectedUrl()).isEqualTo(url);
	}

	@Test
	void anExpiredPostingAnswers410TooAndTheApiSaysGoneWithAProblemDocument() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		JobPosting expired = this.postingFixture.posting(recruiter.company(), "ml-engineer", "Expired " + this.tag)
			.expired()
			.save();

		MockHttpServletResponse page = anonymous(path(expired), Locale.ENGLISH);
		assertThat(page.getStatus()).isEqualTo(410);
		assertThat(Jsoup.parse(page.getContentAsString()).select("h1").text()).isEqualTo("Expired " + this.tag);

		MockHttpServletResponse api = this.mvc.perform(get("/api/v1/jobs/" + expired.getId())).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(410);
		assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(api.getContentAsString()).contains("\"status\":410").doesNotContain("Expired " + this.tag);
	}

	@Test
	void draftsAndPostingsNeverPublishedStay404AndClosedOnesStayOutOfTheFeed() throws Exception {
		RecruiterFixture.Recruiter unverified = this.recruiters.recruiter(false);
		JobPosting draft = this.postingFixture.posting(unverified.company(), "ml-engineer", "Draft " + this.tag)
			.draft()
			.save();
		JobPosting inReview = this.postings.createDraft(unverified.id(), unverified.company(),
				RecruiterFixture.input("In review " + this.tag));
		this.postings.submit(unverified.id(), unverified.companyId(), inReview.getId());
		JobPosting closedInReview = this.postings.createDraft(unverified.id(), unverified.company(),
				RecruiterFixture.input("Withdrawn " + this.tag));
		this.postings.submit(unverified.id(), unverified.companyId(), closedInReview.getId());
		this.postings.close(unverified.id(), unverified.companyId(), closedInReview.getId(), CloseReason.CANCELLED);

		for (JobPosting hidden : List.of(draft, inReview, closedInReview)) {
			assertThat(anonymous(path(hidden), Locale.ENGLISH).getStatus()).as(hidden.getTitle()).isEqualTo(404);
			// the short address redirects to the one with the title only when there is a page to show
			MockHttpServletResponse page = anonymous("/jobs/" + hidden.getId(), Locale.ENGLISH);
			assertThat(page.getStatus()).isEqualTo(404);
			assertThat(page.getContentAsString()).doesNotContain(this.tag);
			MockHttpServletResponse api = this.mvc.perform(get("/api/v1/jobs/" + hidden.getId()))
				.andReturn()
				.getResponse();
			assertThat(api.getStatus()).isEqualTo(404);
			assertThat(api.getContentAsString()).doesNotContain(this.tag);
		}

		ApplicationFixture.Opening opening = this.fixture.opening();
		JobPosting open = this.postingFixture.posting(opening.recruiter().company(), "ml-engineer", "Open " + this.tag)
			.save();
		JobPosting closed = this.postingFixture.posting(opening.recruiter().company(), "ml-engineer",
				"Closed " + this.tag)
			.save();
		this.postings.close(opening.recruiter().id(), opening.recruiter().companyId(), closed.getId(),
				CloseReason.FILLED);
		String feed = this.mvc.perform(get("/jobs/feed.atom?q=" + this.tag)).andReturn().getResponse()
			.getContentAsString();
		assertThat(feed).contains("Open " + this.tag).doesNotContain("Closed " + this.tag);
	}

	@Test
	void closingAsFilledMailsEachRemainingApplicantOnceInTheirLanguageAndTheirLinksLeadToThePage()
			throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		String company = opening.recruiter().company().getName();
		Account ada = this.candidates.seeker();
		Account li = this.candidates.seeker(Locale.SIMPLIFIED_CHINESE);
		Account hired = this.candidates.seeker();
		Account turnedDown = this.candidates.seeker();
		long adaApplication = this.fixture.apply(ada, opening.posting()).getId();
		long liApplication = this.fixture.apply(li, opening.posting()).getId();
		long hiredApplication = this.fixture.apply(hired, opening.posting()).getId();
		long turnedDownApplication = this.fixture.apply(turnedDown, opening.posting()).getId();
		this.pipeline.moveOne(opening.recruiter().id(), liApplication, "INTERVIEW", "");
		this.pipeline.moveOne(opening.recruiter().id(), hiredApplication, "HIRED", "");
		this.pipeline.moveOne(opening.recruiter().id(), turnedDownApplication, "REJECTED", "");
		this.savedJobs.save(ada.getId(), opening.postingId());
		TestMailServer.awaitMailsTo(li.getEmail(), 1);
		TestMailServer.awaitMailsTo(hired.getEmail(), 1);
		TestMailServer.awaitMailsTo(turnedDown.getEmail(), 1);

		close(opening, CloseReason.FILLED);

		List<MimeMessage> toAda = TestMailServer.awaitMailsTo(ada.getEmail(), 1);
		assertThat(toAda.get(0).getSubject()).isEqualTo("Senior ML Engineer at " + company + " has been filled");
		assertThat(TestMailServer.body(toAda.get(0))).contains("Hello " + ada.getDisplayName(),
				"https://slope.test/applications/" + adaApplication);
		List<MimeMessage> toLi = TestMailServer.awaitMailsTo(li.getEmail(), 2);
		assertThat(toLi.get(1).getSubject()).isEqualTo(company + " 的 Senior ML Engineer 职位已招满");
		assertThat(TestMailServer.body(toLi.get(1))).contains("你的申请：https://slope.test/applications/" + liApplication);
		assertThat(TestMailServer.mailsTo(ada.getEmail())).as("one mail each").hasSize(1);
		assertThat(TestMailServer.mailsTo(li.getEmail())).hasSize(2);
		assertThat(TestMailServer.mailsTo(hired.getEmail())).as("a final stage hears nothing more").hasSize(1);
		assertThat(TestMailServer.mailsTo(turnedDown.getEmail())).hasSize(1);

		WebSession browser = WebSession.loggedInAs(this.mvc, ada);
		String url = path(opening.posting());
		assertThat(browser.page("/applications/" + adaApplication).select("#posting-ended").attr("href")).isEqualTo(url);
		assertThat(browser.page("/saved").select(".saved-job[data-posting=" + opening.postingId() + "] h2 a")
			.attr("href")).isEqualTo(url);
		MockHttpServletResponse page = browser.get(url);
		assertThat(page.getStatus()).isEqualTo(410);
		assertThat(Jsoup.parse(page.getContentAsString()).select("#your-application").attr("href"))
			.isEqualTo("/applications/" + adaApplication);
	}

	@Test
	void closingAsCancelledMailsNoApplicant() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = this.candidates.seeker();
		this.fixture.apply(ada, opening.posting());

		close(opening, CloseReason.CANCELLED);

		assertThat(TestMailServer.mailsTo(ada.getEmail())).isEmpty();
	}

}
