package ai.slope.applications.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.applications.ApplicationFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Resumes;
import ai.slope.candidates.TestPdfs;
import ai.slope.companies.TestImages;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying through the real form: what is stored, what the seeker sees after, and each way it is refused.
 */
@WebIntegrationTest
class ApplyingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	PostingFixture postings;

	@Autowired
	Postings postingService;

	@Autowired
	Resumes resumes;

	private int applicationsTo(long postingId) {
		return this.jdbc.queryForObject("select count(*) from application where posting_id = ?", Integer.class,
				postingId);
	}

	@Test
	void aSeekerAppliesWithACoverNoteAndAnUploadedPdfAndFollowsTheApplication() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		byte[] pdf = TestPdfs.pdf();

		Document form = browser.page("/jobs/" + opening.postingId() + "/apply");
		assertThat(form.select("h1").text()).isEqualTo("Apply for Senior ML Engineer");
		assertThat(form.select("#resume-profile")).as("no résumé on the profile to offer").isEmpty();
		assertThat(form.select("#resume-upload").hasAttr("checked")).as("uploading is the one choice, chosen").isTrue();

		MockHttpServletResponse sent = ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(),
				"  I trained models on 512 GPUs.\n\nI would like to do it for you.  ", "upload", "Ada CV.pdf", pdf);
		assertThat(sent.getRedirectedUrl()).matches("/applications/\\d+");
		long id = Long.parseLong(sent.getRedirectedUrl().substring("/applications/".length()));

		Map<String, Object> stored = this.jdbc.queryForMap(
				"select a.posting_id, a.account_id, a.stage, a.cover_note, r.file_name, r.bytes, r.content_type "
						+ "from application a join application_resume r on r.application_id = a.id where a.id = ?",
				id);
		assertThat(stored).containsEntry("posting_id", opening.postingId())
			.containsEntry("account_id", seeker.getId())
			.containsEntry("stage", "APPLIED")
			.containsEntry("cover_note", "I trained models on 512 GPUs.\n\nI would like to do it for you.")
			.containsEntry("file_name", "Ada CV.pdf")
			.containsEntry("content_type", "application/pdf");
		assertThat((byte[]) stored.get("bytes")).isEqualTo(pdf);

		Document page = browser.follow(sent);
		assertThat(page.select("#notice").text()).startsWith("Your application was sent.");
		assertThat(page.select("#stage").text()).isEqualTo("Stage: Applied");
		assertThat(page.select("#history li")).hasSize(1);
		assertThat(page.select("#withdraw")).hasSize(1);

		Document mine = browser.page("/applications");
		assertThat(mine.select("#applications tbody tr")).hasSize(1);
		assertThat(mine.select("#applications tbody tr").text()).contains("Senior ML Engineer",
				opening.recruiter().company().getName(), "Applied");
	}

	@Test
	void theProfileResumeIsSentAsACopyThatLaterChangesToTheProfileLeaveAlone() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		byte[] first = TestPdfs.pdf("1.4", 10);
		this.resumes.replace(seeker.getId(), "first.pdf", first);
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document form = browser.page("/jobs/" + opening.postingId() + "/apply");
		assertThat(form.select("label[for=resume-profile]").text()).contains("first.pdf");
		assertThat(form.select("#resume-profile").hasAttr("checked")).isTrue();
		MockHttpServletResponse sent = ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(), "",
				"profile", null, null);
		assertThat(sent.getRedirectedUrl()).matches("/applications/\\d+");

		this.resumes.replace(seeker.getId(), "second.pdf", TestPdfs.pdf("1.7", 99));
		Map<String, Object> stored = this.jdbc.queryForMap(
				"select r.file_name, r.bytes from application a join application_resume r on r.application_id = a.id "
						+ "where a.account_id = ?",
				seeker.getId());
		assertThat(stored.get("file_name")).isEqualTo("first.pdf");
		assertThat((byte[]) stored.get("bytes")).isEqualTo(first);
	}

	@Test
	void aFileChosenIsSentEvenWithTheProfileOptionLeftTicked() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		this.resumes.replace(seeker.getId(), "old.pdf", TestPdfs.pdf("1.4", 10));
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		byte[] chosen = TestPdfs.pdf("2.0", 30);

		ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(), "", "profile", "new.pdf", chosen);

		assertThat((byte[]) this.jdbc.queryForObject("select r.bytes from application a join application_resume r "
				+ "on r.application_id = a.id where a.account_id = ?", byte[].class, seeker.getId())).isEqualTo(chosen);
	}

	@Test
	void applyingAgainLeadsToTheApplicationThereIs() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		long id = this.fixture.apply(seeker, opening.posting()).getId();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document posting = browser.page("/jobs/" + opening.postingId() + "-" + opening.posting().getSlug());
		assertThat(posting.select("#apply-in-app")).as("no Apply button once applied").isEmpty();
		assertThat(posting.select("#applied p").text()).startsWith("You applied on ").endsWith("its stage: Applied.");
		assertThat(posting.select("#applied a").attr("href")).isEqualTo("/applications/" + id);
		MockHttpServletResponse again = browser.get("/jobs/" + opening.postingId() + "/apply");
		assertThat(again.getRedirectedUrl()).isEqualTo("/applications/" + id);
		assertThat(browser.follow(again).select("#notice").text())
			.isEqualTo("You have applied to this posting already: here is your application.");
		assertThat(applicationsTo(opening.postingId())).isEqualTo(1);
	}

	@Test
	void aSecondTabSendingTheFormAfterTheFirstMakesNoSecondApplication() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Document form = browser.page("/jobs/" + opening.postingId() + "/apply");
		String action = form.select("form#apply-form").attr("action");

		MockHttpServletResponse first = post(browser, action, "upload", TestPdfs.pdf());
		browser.follow(first);
		MockHttpServletResponse second = post(browser, action, "upload", TestPdfs.pdf());

		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
		assertThat(browser.follow(second).select("#notice").text()).startsWith("You have applied to this posting already");
		assertThat(applicationsTo(opening.postingId())).isEqualTo(1);
	}

	private MockHttpServletResponse post(WebSession browser, String action, String source, byte[] pdf) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(action)
				.file(new org.springframework.mock.web.MockMultipartFile("resume", "cv.pdf", "application/pdf", pdf))
				.param("coverNote", "Hello")
				.param("resumeSource", source)
				.param("_csrf", browser.csrfToken())
				.cookie(browser.cookie(WebSession.SESSION_COOKIE)))
			.andReturn()
			.getResponse();
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		WebSession browser = WebSession.loggedInAs(this.mvc, this.candidates.seeker());

		MockHttpServletResponse sent = ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(),
				"My note stays.", "upload", "cv.pdf", TestImages.png(32, 32));

		assertThat(sent.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(sent.getContentAsString());
		assertThat(page.select("#resume-error").text())
			.isEqualTo("This file is not a PDF, whatever its name says. Please save your résumé as a PDF and upload that.");
		assertThat(page.select("#coverNote").text()).as("what they typed is kept").isEqualTo("My note stays.");
		assertThat(page.select("#form-errors").text()).contains("nothing was sent");
		assertThat(applicationsTo(opening.postingId())).isZero();
	}

	@Test
	void aCoverNoteOverFiveThousandCharactersAndAMissingResumeGetAMessageEach() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		WebSession browser = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		char[] note = new char[5001];
		Arrays.fill(note, 'a');

		MockHttpServletResponse sent = ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(),
				new String(note), "upload", null, null);

		Document page = org.jsoup.Jsoup.parse(sent.getContentAsString());
		assertThat(page.select("#coverNote-error").text())
			.isEqualTo("The cover note is 5,001 characters long; it may have at most 5,000.");
		assertThat(page.select("#resume-error").text()).isEqualTo("Choose your résumé: a PDF of at most 5 MB.");
		assertThat(applicationsTo(opening.postingId())).isZero();
	}

	@Test
	void aCoverNoteOfExactlyFiveThousandCharactersIsTakenEvenInChinese() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		WebSession browser = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		String note = "深".repeat(4999) + "😀";

		MockHttpServletResponse sent = ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(), note,
				"upload", "cv.pdf", TestPdfs.pdf());

		assertThat(sent.getRedirectedUrl()).matches("/applications/\\d+");
		assertThat(this.jdbc.queryForObject("select length(cover_note) from application where posting_id = ?",
				Integer.class, opening.postingId())).isEqualTo(5000);
	}

	@Test
	void aResumeOverFiveMegabytesIsRefusedWithAMessage() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		WebSession browser = WebSession.loggedInAs(this.mvc, this.candidates.seeker());

		MockHttpServletResponse sent = ApplicationFixture.sendForm(this.mvc, browser, opening.postingId(), "",
				"upload", "big.pdf", TestPdfs.ofSize(Resumes.MAX_BYTES + 1));

		Document page = org.jsoup.Jsoup.parse(sent.getContentAsString());
		assertThat(page.select("#resume-error").text()).contains("5 MB");
		assertThat(applicationsTo(opening.postingId())).isZero();
	}

	@Test
	void closedExpiredAndUnknownPostingsCannotBeAppliedTo() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		JobPosting expired = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Old role")
			.expired()
			.save();
		JobPosting draft = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Draft role")
			.draft()
			.save();
		WebSession browser = WebSession.loggedInAs(this.mvc, this.candidates.seeker());

		Document form = browser.page("/jobs/" + opening.postingId() + "/apply");
		String action = form.select("form#apply-form").attr("action");
		this.postingService.close(opening.recruiter().id(), opening.recruiter().companyId(), opening.postingId(),
				ai.slope.jobs.CloseReason.FILLED);

		MockHttpServletResponse afterClosing = post(browser, action, "upload", TestPdfs.pdf());
		assertThat(afterClosing.getStatus()).isEqualTo(410);
		assertThat(org.jsoup.Jsoup.parse(afterClosing.getContentAsString()).select("h1").text())
			.isEqualTo("This posting no longer takes applications");
		assertThat(browser.get("/jobs/" + expired.getId() + "/apply").getStatus()).isEqualTo(410);
		assertThat(browser.get("/jobs/" + draft.getId() + "/apply").getStatus()).isEqualTo(404);
		assertThat(browser.get("/jobs/987654321/apply").getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from application where posting_id in (?, ?, ?)",
				Integer.class, opening.postingId(), expired.getId(), draft.getId())).isZero();
	}

	@Test
	void anExternalApplyLinkIsFollowedThroughSlopeWhichCountsTheClick() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		JobPosting external = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Elsewhere")
			.applyUrl("https://jobs.example.com/apply/42")
			.save();
		WebSession anyone = new WebSession(this.mvc);

		Document detail = anyone.page("/jobs/" + external.getId() + "-" + external.getSlug());
		assertThat(detail.select("a#apply").attr("href")).isEqualTo("/jobs/" + external.getId() + "/external-apply");
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse click = anyone.get("/jobs/" + external.getId() + "/external-apply");
			assertThat(click.getRedirectedUrl()).isEqualTo("https://jobs.example.com/apply/42");
		}
		assertThat(this.jdbc.queryForObject("select sum(clicks) from apply_click where posting_id = ?", Long.class,
				external.getId())).isEqualTo(3);

		WebSession seeker = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		assertThat(seeker.get("/jobs/" + external.getId() + "/apply").getRedirectedUrl())
			.as("the in-app form sends them on to the company's site")
			.isEqualTo("/jobs/" + external.getId() + "/external-apply");
		assertThat(anyone.get("/jobs/" + opening.postingId() + "/external-apply").getStatus())
			.as("an in-app posting has no link to follow")
			.isEqualTo(404);

		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		assertThat(recruiter.page("/recruiter/postings/" + external.getId() + "/applicants").select("#apply-clicks").text())
			.contains("3 clicks on its apply link so far, 3 in the last 30 days");
	}

	@Test
	void onlySignedInJobSeekersApply() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		String path = "/jobs/" + opening.postingId() + "/apply";

		assertThat(new WebSession(this.mvc).get(path).getRedirectedUrl()).endsWith("/login");
		assertThat(WebSession.loggedInAs(this.mvc, opening.recruiter().account()).get(path).getStatus())
			.isEqualTo(403);
		Document detail = new WebSession(this.mvc)
			.page("/jobs/" + opening.postingId() + "-" + opening.posting().getSlug());
		assertThat(detail.select("a#apply-in-app").attr("href")).isEqualTo(path);
		Document asRecruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account())
			.page("/jobs/" + opening.postingId() + "-" + opening.posting().getSlug());
		assertThat(asRecruiter.select("a#apply-in-app")).isEmpty();
		assertThat(asRecruiter.select("#apply").text()).contains("Applications come from job seeker accounts.");
	}

	@Test
	void theSeekerWithdrawsAfterConfirmingAndTheApplicationStaysInTheirList() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		long id = this.fixture.apply(seeker, opening.posting()).getId();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document confirm = browser.page("/applications/" + id + "/withdraw");
		assertThat(confirm.select("h1").text())
			.isEqualTo("Withdraw your application for Senior ML Engineer at " + opening.recruiter().company().getName() + "?");
		assertThat(this.jdbc.queryForObject("select stage from application where id = ?", String.class, id))
			.as("reading the confirmation changes nothing")
			.isEqualTo("APPLIED");

		Document after = browser.follow(browser.post("/applications/" + id + "/withdraw"));
		assertThat(after.select("#notice").text()).isEqualTo("You withdrew your application.");
		assertThat(after.select("#stage").text()).isEqualTo("Stage: Withdrawn");
		assertThat(after.select("#withdraw")).isEmpty();
		assertThat(after.select("#history li")).hasSize(2);

		Document again = browser.follow(browser.post("/applications/" + id + "/withdraw"));
		assertThat(again.select("#notice").text()).startsWith("This application is closed already");
		assertThat(this.jdbc.queryForObject("select count(*) from application_stage_change where application_id = ?",
				Integer.class, id)).isEqualTo(2);
	}

	@Test
	void anotherSeekerNeverSeesAnApplication() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		long id = this.fixture.apply(this.candidates.seeker(), opening.posting()).getId();
		WebSession other = WebSession.loggedInAs(this.mvc, this.candidates.seeker());

		assertThat(other.get("/applications/" + id).getStatus()).isEqualTo(404);
		assertThat(other.get("/applications/" + id + "/withdraw").getStatus()).isEqualTo(404);
		other.page("/applications");
		assertThat(other.post("/applications/" + id + "/withdraw").getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select stage from application where id = ?", String.class, id))
			.isEqualTo("APPLIED");
		assertThat(other.page("/applications").select("#no-applications")).hasSize(1);
	}

	@Test
	void theListOfApplicationsSaysWhenAPostingHasClosedAndPagesByTwenty() throws Exception {
		Account seeker = this.candidates.seeker();
		List<ApplicationFixture.Opening> openings = new java.util.ArrayList<>();
		for (int i = 0; i < 21; i++) {
			ApplicationFixture.Opening opening = this.fixture.opening();
			this.fixture.apply(seeker, opening.posting());
			openings.add(opening);
		}
		ApplicationFixture.Opening first = openings.get(0);
		this.postingService.close(first.recruiter().id(), first.recruiter().companyId(), first.postingId(),
				ai.slope.jobs.CloseReason.FILLED);
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document one = browser.page("/applications");
		assertThat(one.select("#applications tbody tr")).hasSize(20);
		assertThat(one.select(".pagination").text()).contains("Page 1 of 2");
		Document two = browser.page("/applications?page=2");
		assertThat(two.select("#applications tbody tr")).hasSize(1);
		assertThat(two.select("#applications tbody tr").text()).as("the oldest, whose posting was closed")
			.contains("the posting is closed");
		assertThat(browser.get("/applications?page=3").getStatus()).isEqualTo(404);
	}

}
