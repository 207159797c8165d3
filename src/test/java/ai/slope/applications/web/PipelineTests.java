package ai.slope.applications.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.applications.Application;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.Pipeline;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.Publications;
import ai.slope.candidates.TestPdfs;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The recruiter's pipeline through its pages: who sees what, moving one or many with a record of each move, the
 * seeker's mails, private notes, the résumé and the export.
 */
@WebIntegrationTest
class PipelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	Publications publications;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	Pipeline pipeline;

	@Autowired
	ai.slope.jobs.PostingFixture postings;

	private String stageOf(long applicationId) {
		return this.jdbc.queryForObject("select stage from application where id = ?", String.class, applicationId);
	}

	/**
	 * Posts the bulk move form as htmx does (the form's fields and the HX-Request header) and reads the fragment.
	 */
	private Document moveWithHtmx(WebSession browser, long postingId, String stage, String note, long... ids)
			throws Exception {
		Document page = browser.page("/recruiter/postings/" + postingId + "/applicants");
		String csrf = page.select("#move-form input[name=_csrf]").attr("value");
		var request = post("/recruiter/postings/" + postingId + "/applicants/move").header("HX-Request", "true")
			.param("_csrf", csrf)
			.param("stage", stage)
			.param("note", note)
			.param("filter", "")
			.param("page", "1")
			.cookie(browser.cookie(WebSession.SESSION_COOKIE));
		for (long id : ids) {
			request.param("ids", Long.toString(id));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parseBodyFragment(response.getContentAsString());
	}

	@Test
	void theRecruiterSeesEachApplicantWithTheirProfileAndThePostingsSkillsTheyHave() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = this.candidates.seeker();
		this.candidates.profile(ada, "Distributed training engineer", "pytorch, Py-Torch, cuda, Rust");
		this.publications.add(ada.getId(),
				new Publications.PublicationInput("Scaling laws", "NeurIPS", "2023", "120", ""));
		Account bob = this.candidates.seeker();
		this.fixture.apply(ada, opening.posting());
		this.fixture.apply(bob, opening.posting());
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());

		Document page = recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");

		assertThat(page.select("h1").text()).isEqualTo("Applicants for Senior ML Engineer");
		assertThat(page.select(".stage-tabs a").first().text()).isEqualTo("All (2)");
		assertThat(page.select(".stage-tabs a[data-stage=APPLIED]").text()).isEqualTo("Applied (2)");
		var rows = page.select("#applicants tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains(ada.getDisplayName(), "Distributed training engineer", "Germany",
				"1 paper · 120 citations · h-index 1");
		assertThat(rows.get(0).select(".skill-matched").eachText()).containsExactly("PyTorch", "CUDA");
		assertThat(rows.get(1).text()).contains(bob.getDisplayName(), "No profile", "none");
	}

	@Test
	void movingManyAtOnceWithHtmxRecordsEachMoveMailsTheSeekersAndRedrawsTheList() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = this.candidates.seeker();
		Account li = this.candidates.seeker(Locale.SIMPLIFIED_CHINESE);
		long adaApplication = this.fixture.apply(ada, opening.posting()).getId();
		long liApplication = this.fixture.apply(li, opening.posting()).getId();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());

		Document fragment = moveWithHtmx(recruiter, opening.postingId(), "INTERVIEW", "Strong systems work",
				adaApplication, liApplication);

		assertThat(fragment.select("#pipeline")).as("the fragment htmx swaps in").hasSize(1);
		assertThat(fragment.select("nav.navbar, footer")).as("no whole page").isEmpty();
		assertThat(fragment.select("#move-status .alert-success").text()).isEqualTo("2 applicants moved to Interview.");
		assertThat(fragment.select(".stage-tabs a[data-stage=INTERVIEW]").text()).isEqualTo("Interview (2)");
		assertThat(fragment.select("#applicants .stage-badge").eachText()).containsOnly("Interview");
		assertThat(stageOf(adaApplication)).isEqualTo("INTERVIEW");
		assertThat(this.jdbc.queryForList(
				"select from_stage || '>' || to_stage || ':' || actor_id || ':' || note from application_stage_change "
						+ "where application_id = ? and from_stage is not null",
				String.class, liApplication))
			.containsExactly("APPLIED>INTERVIEW:" + opening.recruiter().id() + ":Strong systems work");

		List<MimeMessage> toAda = TestMailServer.awaitMailsTo(ada.getEmail(), 1);
		assertThat(toAda).hasSize(1);
		assertThat(toAda.get(0).getSubject())
			.isEqualTo("Interview: Senior ML Engineer at " + opening.recruiter().company().getName());
		assertThat(TestMailServer.body(toAda.get(0))).contains("https://slope.test/applications/" + adaApplication)
			.doesNotContain("Strong systems work");
		List<MimeMessage> toLi = TestMailServer.awaitMailsTo(li.getEmail(), 1);
		assertThat(toLi).hasSize(1);
		assertThat(toLi.get(0).getSubject())
			.isEqualTo("面试邀请：" + opening.recruiter().company().getName() + " 的 Senior ML Engineer");

		Document seekerView = WebSession.loggedInAs(this.mvc, ada).page("/applications/" + adaApplication);
		assertThat(seekerView.select("#stage").text()).isEqualTo("Stage: Interview");
		assertThat(seekerView.select("#history li")).hasSize(2);
		assertThat(seekerView.text()).as("the team's note is theirs").doesNotContain("Strong systems work");
	}

	@Test
	void screeningIsNotMailedAndApplicantsThatCannotMoveAreReportedAndLeftAlone() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account hired = this.candidates.seeker();
		Account withdrawn = this.candidates.seeker();
		Account fresh = this.candidates.seeker();
		long hiredId = this.fixture.apply(hired, opening.posting()).getId();
		long withdrawnId = this.fixture.apply(withdrawn, opening.posting()).getId();
		long freshId = this.fixture.apply(fresh, opening.posting()).getId();
		this.pipeline.move(opening.recruiter().id(), opening.postingId(), List.of(hiredId), "HIRED", "");
		WebSession withdrawing = WebSession.loggedInAs(this.mvc, withdrawn);
		withdrawing.page("/applications/" + withdrawnId);
		assertThat(withdrawing.post("/applications/" + withdrawnId + "/withdraw").getRedirectedUrl()).isNotNull();
		int mailsBefore = TestMailServer.mailsTo(fresh.getEmail()).size();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());

		Document fragment = moveWithHtmx(recruiter, opening.postingId(), "SCREENING", "", hiredId, withdrawnId,
				freshId);

		assertThat(fragment.select("#move-status .alert-success").text()).isEqualTo("1 applicant moved to Screening.");
		assertThat(fragment.select("#move-status .alert-warning li").eachText()).containsExactlyInAnyOrder(
				hired.getDisplayName() + "’s application is closed (Hired).",
				withdrawn.getDisplayName() + "’s application is closed (Withdrawn).");
		assertThat(stageOf(hiredId)).isEqualTo("HIRED");
		assertThat(stageOf(withdrawnId)).isEqualTo("WITHDRAWN");
		assertThat(stageOf(freshId)).isEqualTo("SCREENING");
		assertThat(TestMailServer.mailsTo(fresh.getEmail())).hasSize(mailsBefore);

		Document backwards = moveWithHtmx(recruiter, opening.postingId(), "APPLIED", "", freshId);
		assertThat(backwards.select("#move-errors").text()).isEqualTo("Choose the stage to move them to.");
		Document none = moveWithHtmx(recruiter, opening.postingId(), "OFFER", "");
		assertThat(none.select("#move-errors").text()).isEqualTo("Choose at least one applicant to move.");
		assertThat(stageOf(freshId)).isEqualTo("SCREENING");
	}

	@Test
	void withoutHtmxTheMoveFormReloadsThePageWithTheOutcome() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		long id = this.fixture.apply(this.candidates.seeker(), opening.posting()).getId();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");

		MockHttpServletResponse moved = recruiter.post(
				"/recruiter/postings/" + opening.postingId() + "/applicants/move", "ids", Long.toString(id), "stage",
				"REJECTED", "note", "", "filter", "APPLIED", "page", "1");

		assertThat(moved.getRedirectedUrl())
			.isEqualTo("/recruiter/postings/" + opening.postingId() + "/applicants?stage=APPLIED");
		Document page = recruiter.follow(moved);
		assertThat(page.select("#move-status .alert-success").text()).isEqualTo("1 applicant moved to Not selected.");
		assertThat(page.select("#no-applicants").text()).isEqualTo("No applicant is at this stage.");
	}

	@Test
	void movingTheLastApplicantsOfALastPageComesBackToThePageBefore() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		long last = 0;
		for (int i = 0; i <= PipelineController.PAGE_SIZE; i++) {
			last = this.fixture.apply(this.candidates.seeker(), opening.posting()).getId();
		}
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		String applicants = "/recruiter/postings/" + opening.postingId() + "/applicants";
		assertThat(recruiter.page(applicants + "?stage=APPLIED&page=2").select("#applicants tbody tr")).hasSize(1);

		MockHttpServletResponse moved = recruiter.post(applicants + "/move", "ids", Long.toString(last), "stage",
				"SCREENING", "filter", "APPLIED", "page", "2");

		assertThat(moved.getRedirectedUrl()).isEqualTo(applicants + "?stage=APPLIED");
		Document page = recruiter.follow(moved);
		assertThat(page.select("#move-status .alert-success").text()).isEqualTo("1 applicant moved to Screening.");
		assertThat(page.select("#applicants tbody tr")).hasSize(PipelineController.PAGE_SIZE);
	}

	@Test
	void anApplicantWithoutPublicationsIsSaidToHaveNoneRatherThanZeroCitations() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account noPapers = this.candidates.discoverable("Data engineer", "Spark").save();
		long id = this.fixture.apply(noPapers, opening.posting()).getId();
		Account withPapers = this.candidates.discoverable("Researcher", "PyTorch").paper("Sparse attention", 12).save();
		long other = this.fixture.apply(withPapers, opening.posting()).getId();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());

		Document page = recruiter.page("/recruiter/applications/" + id);
		assertThat(page.select("#no-publications").text()).isEqualTo("No publications listed.");
		assertThat(page.text()).doesNotContain("Publications: 0");
		Document published = recruiter.page("/recruiter/applications/" + other);
		assertThat(published.select("#no-publications")).isEmpty();
		assertThat(published.text()).contains("Publications: 1, 12 citations, h-index 1");
	}

	@Test
	void oneApplicantsPageShowsTheCoverNoteHistoryAndPrivateNotesAndMovesThem() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = this.candidates.seeker();
		long id = this.fixture.apply(ada, opening.posting()).getId();
		Account colleague = this.recruiters.join(opening.recruiter().company(), Locale.ENGLISH);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());

		Document page = recruiter.page("/recruiter/applications/" + id);
		assertThat(page.select("#cover-note").text()).isEqualTo("I would love to.");
		assertThat(page.select("#no-profile")).hasSize(1);
		assertThat(page.select("#history li").text()).contains("Applied");
		assertThat(page.select("#stage-select option").eachAttr("value")).containsExactly("", "SCREENING",
				"INTERVIEW", "OFFER", "HIRED", "REJECTED");

		Document empty = Jsoup.parse(recruiter.post("/recruiter/applications/" + id + "/notes", "body", "   ")
			.getContentAsString());
		assertThat(empty.select("#body-error").text()).isEqualTo("Write the note first.");
		recruiter.follow(recruiter.post("/recruiter/applications/" + id + "/notes", "body",
				"=HYPERLINK(\"x\") — strong on CUDA"));
		WebSession other = WebSession.loggedInAs(this.mvc, colleague);
		Document seenByColleague = other.page("/recruiter/applications/" + id);
		assertThat(seenByColleague.select(".applicant-notes li").text())
			.contains(opening.recruiter().account().getDisplayName(), "=HYPERLINK(\"x\") — strong on CUDA");

		Document moved = other.follow(other.post("/recruiter/applications/" + id + "/move", "stage", "OFFER", "note",
				"Team loved it"));
		assertThat(moved.select("#stage .stage-badge").text()).isEqualTo("Offer");
		assertThat(moved.select("#history li").last().text()).contains("Applied → Offer, by " + colleague.getDisplayName(),
				"Team loved it");
		assertThat(WebSession.loggedInAs(this.mvc, ada).page("/applications/" + id).text())
			.doesNotContain("strong on CUDA");
	}

	@Test
	void theDashboardCountsApplicationsAndApplyClicksPerPosting() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		long first = this.fixture.apply(this.candidates.seeker(), opening.posting()).getId();
		this.fixture.apply(this.candidates.seeker(), opening.posting());
		Account leaving = this.candidates.seeker();
		long withdrawn = this.fixture.apply(leaving, opening.posting()).getId();
		WebSession withdrawing = WebSession.loggedInAs(this.mvc, leaving);
		withdrawing.page("/applications/" + withdrawn);
		withdrawing.post("/applications/" + withdrawn + "/withdraw");
		this.pipeline.move(opening.recruiter().id(), opening.postingId(), List.of(first), "SCREENING", "");
		var external = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Elsewhere")
			.applyUrl("https://jobs.example.com/7")
			.save();
		WebSession anyone = new WebSession(this.mvc);
		anyone.get("/jobs/" + external.getId() + "/external-apply");
		anyone.get("/jobs/" + external.getId() + "/external-apply");

		Document dashboard = WebSession.loggedInAs(this.mvc, opening.recruiter().account()).page("/recruiter/postings");

		var inApp = dashboard.select("tr[data-id=" + opening.postingId() + "] td.count").last();
		assertThat(inApp.select("a").text()).as("withdrawn left out").isEqualTo("2");
		assertThat(inApp.select("a").attr("href")).isEqualTo("/recruiter/postings/" + opening.postingId() + "/applicants");
		assertThat(inApp.text()).contains("1 new");
		assertThat(dashboard.select("tr[data-id=" + external.getId() + "] td.count").last().text())
			.isEqualTo("2 clicks to your site");
	}

	@Test
	void theResumeIsAnAttachmentForTheCompanysRecruitersOnly() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = this.fixture.apply(this.candidates.seeker(), opening.posting());
		String path = "/recruiter/applications/" + application.getId() + "/resume";

		MockHttpServletResponse resume = WebSession.loggedInAs(this.mvc, opening.recruiter().account()).get(path);

		assertThat(resume.getStatus()).isEqualTo(200);
		assertThat(resume.getContentType()).isEqualTo("application/pdf");
		assertThat(resume.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"cv.pdf\"");
		assertThat(resume.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(resume.getContentAsByteArray()).isEqualTo(TestPdfs.pdf());
	}

	@Test
	void recruitersOfAnotherCompanyFindNothingOfTheseApplicants() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		long id = this.fixture.apply(this.candidates.seeker(), opening.posting()).getId();
		this.pipeline.addNote(opening.recruiter().id(), id, "Private to us");
		WebSession stranger = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		long posting = opening.postingId();

		for (String path : List.of("/recruiter/postings/" + posting + "/applicants",
				"/recruiter/postings/" + posting + "/applicants.csv", "/recruiter/applications/" + id,
				"/recruiter/applications/" + id + "/resume")) {
			MockHttpServletResponse response = stranger.get(path);
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsString()).as(path).doesNotContain("Private to us");
		}
		stranger.page("/recruiter/postings");
		assertThat(stranger.post("/recruiter/postings/" + posting + "/applicants/move", "ids", Long.toString(id),
				"stage", "REJECTED").getStatus()).isEqualTo(404);
		ApplicationFixture.Opening own = this.fixture.opening();
		WebSession ownRecruiter = WebSession.loggedInAs(this.mvc, own.recruiter().account());
		ownRecruiter.page("/recruiter/postings/" + own.postingId() + "/applicants");
		Document elsewhere = ownRecruiter.follow(ownRecruiter.post(
				"/recruiter/postings/" + own.postingId() + "/applicants/move", "ids", Long.toString(id), "stage",
				"REJECTED"));
		assertThat(elsewhere.select("#move-errors").text()).as("another posting's applicant, through one's own")
			.isEqualTo("None of the chosen applicants applied to this posting; nobody was moved.");
		assertThat(stranger.post("/recruiter/applications/" + id + "/move", "stage", "REJECTED").getStatus())
			.isEqualTo(404);
		assertThat(stranger.post("/recruiter/applications/" + id + "/notes", "body", "Ours now").getStatus())
			.isEqualTo(404);
		assertThat(stageOf(id)).isEqualTo("APPLIED");
		assertThat(this.jdbc.queryForObject("select count(*) from application_note where application_id = ?",
				Integer.class, id)).isEqualTo(1);
		assertThat(WebSession.loggedInAs(this.mvc, this.candidates.seeker()).get("/recruiter/applications/" + id)
			.getStatus()).as("seekers do not reach recruiter pages").isEqualTo(403);
	}

	@Test
	void theExportIsCsvInTheRecruitersLanguageWithFormulasNeutralised() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening(Locale.SIMPLIFIED_CHINESE);
		Account sneaky = this.candidates.seeker();
		this.profiles.save(sneaky.getId(), null, CandidateFixture.input("@SUM(A1:A9)", "PyTorch, Go"));
		this.jdbc.update("update account set display_name = ? where id = ?", "=cmd|' /C calc'!A0", sneaky.getId());
		Application application = this.fixture.apply(sneaky, opening.posting());
		this.jdbc.update("update application set cover_note = ? where id = ?", "+1 line\nand \"quotes\", commas",
				application.getId());

		MockHttpServletResponse csv = WebSession.loggedInAs(this.mvc, opening.recruiter().account())
			.get("/recruiter/postings/" + opening.postingId() + "/applicants.csv");

		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"applicants-"
				+ opening.postingId() + "-");
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
		assertThat(records).hasSize(2);
		assertThat(records.get(0).get(0)).isEqualTo("姓名");
		assertThat(records.get(0).values()).hasSize(19);
		CSVRecord row = records.get(1);
		assertThat(row.get(0)).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(row.get(1)).isEqualTo(sneaky.getEmail());
		assertThat(row.get(2)).isEqualTo("已申请");
		assertThat(row.get(4)).isEqualTo("'@SUM(A1:A9)");
		assertThat(row.get(8)).isEqualTo("PyTorch");
		assertThat(row.get(18)).isEqualTo("'+1 line\nand \"quotes\", commas");
	}

}
