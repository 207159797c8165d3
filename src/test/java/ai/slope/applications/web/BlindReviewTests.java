package ai.slope.applications.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import ai.slope.applications.Application;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.Applications;
import ai.slope.applications.Pipeline;
import ai.slope.candidates.BlindProfiles;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.Publications;
import ai.slope.candidates.TestPdfs;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Blind first review of a posting's pipeline (docs/applications.md): nothing that identifies an applicant on the
 * pipeline, the applicant's page, the export or the résumé download before they pass Screening, their alias
 * instead; shown after; revealing early is confirmed and kept in the history; only the company's recruiters switch
 * or reveal.
 */
@WebIntegrationTest
class BlindReviewTests {

	/** What identifies the seeded applicant: none of it may show while they are hidden. */
	static final List<String> IDENTIFYING = List.of("Zoltan", "Quixby", "zquixby", "Tübingen", "zq@example.org",
			"151 2345", "zoltan-quixby", "cv-zq.pdf");

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
	Applications applications;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	BlindProfiles aliases;

	@Autowired
	Pipeline pipeline;

	@Autowired
	ai.slope.applications.Sourcing sourcing;

	/**
	 * A seeker named Zoltan Quixby with a profile full of what identifies them, applied to the posting with a cover
	 * note that names them and gives their e-mail and phone.
	 */
	private Application zoltanApplies(ApplicationFixture.Opening opening) {
		Account seeker = this.candidates.seeker();
		this.jdbc.update("update account set display_name = 'Zoltan Quixby' where id = ?", seeker.getId());
		this.profiles.save(seeker.getId(), null, new CandidateProfiles.ProfileInput(
				"Zoltan Quixby — research engineer, see zquixby.dev", "I am Zoltan.", "DE", "Tübingen", true, false,
				"6", List.of("research-engineer"), List.of("SENIOR"), "", "", "PyTorch, CUDA, Rust", "github.com/zquixby",
				"https://scholar.google.com/citations?user=ZQzqZQzqZQzq", "huggingface.co/zquixby",
				"linkedin.com/in/zoltan-quixby", "https://zquixby.example.org", null, null,
				"https://orcid.org/0000-0002-1825-0097", null, null));
		this.publications.add(seeker.getId(),
				new Publications.PublicationInput("Sparse mixtures at scale", "NeurIPS 2023", "2023", "40", ""));
		return this.applications.apply(seeker.getId(), opening.postingId(), new Applications.ApplyInput(
				"Dear team, I am Zoltan Quixby. Write to zq@example.org or call +49 151 23456789.", false, "cv-zq.pdf",
				TestPdfs.pdf()));
	}

	private String alias(Application application) {
		return "Candidate " + this.aliases.applicationAlias(application.getId());
	}

	private static void turnOn(WebSession recruiter, long postingId) throws Exception {
		recruiter.page("/recruiter/postings/" + postingId + "/applicants");
		MockHttpServletResponse answer = recruiter.post("/recruiter/postings/" + postingId + "/applicants/blind",
				"enabled", "true");
		assertThat(answer.getStatus()).isEqualTo(302);
	}

	private static void turnOff(WebSession recruiter, long postingId) throws Exception {
		Document confirm = recruiter.page("/recruiter/postings/" + postingId + "/applicants/blind/off");
		assertThat(confirm.select("#blind-off-form")).hasSize(1);
		assertThat(recruiter.post("/recruiter/postings/" + postingId + "/applicants/blind", "enabled", "false")
			.getStatus()).isEqualTo(302);
	}

	private static void move(WebSession recruiter, long applicationId, String stage) throws Exception {
		recruiter.page("/recruiter/applications/" + applicationId);
		assertThat(recruiter.post("/recruiter/applications/" + applicationId + "/move", "stage", stage, "note", "")
			.getStatus()).isEqualTo(302);
	}

	private static void assertNothingIdentifying(String content) {
		for (String text : IDENTIFYING) {
			assertThat(content).as("shows %s", text).doesNotContainIgnoringCase(text);
		}
	}

	private String csv(WebSession recruiter, long postingId) throws Exception {
		MockHttpServletResponse answer = recruiter.get("/recruiter/postings/" + postingId + "/applicants.csv");
		assertThat(answer.getStatus()).isEqualTo(200);
		return new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void nothingIdentifiesAHiddenApplicantOnThePipelineTheApplicantPageTheExportOrTheDownload() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		String email = this.jdbc.queryForObject("select email from account where id = ?", String.class,
				application.getAccountId());
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		long postingId = opening.postingId();
		// before: the recruiter sees who it is
		assertThat(recruiter.page("/recruiter/postings/" + postingId + "/applicants").text()).contains("Zoltan Quixby");

		turnOn(recruiter, postingId);

		Document list = recruiter.page("/recruiter/postings/" + postingId + "/applicants");
		assertThat(list.select("#blind-review h2").text()).isEqualTo("Blind review is on");
		assertThat(list.select("#applicants tbody tr").text()).contains(alias(application), "research engineer",
				"6 years", "Germany", "1 paper");
		assertThat(list.select(".skill-matched").eachText()).containsExactly("PyTorch", "CUDA");
		assertNothingIdentifying(list.outerHtml());
		assertThat(list.outerHtml()).doesNotContain(email);

		Document page = recruiter.page("/recruiter/applications/" + application.getId());
		assertThat(page.select("h1").text()).isEqualTo(alias(application));
		assertThat(page.title()).contains(alias(application));
		assertThat(page.select("#skills").text()).contains("PyTorch", "Rust");
		assertThat(page.select("#publications").text()).contains("Sparse mixtures at scale", "NeurIPS 2023");
		assertThat(page.select("#cover-note").text()).contains("Dear team, I am [name]", "[e-mail]", "[phone]");
		assertThat(page.select("#resume-download")).isEmpty();
		assertThat(page.select("#email")).isEmpty();
		assertThat(page.select("#applicant-meta").text()).startsWith("Applied on");
		assertThat(page.select("#links a")).isEmpty();
		assertThat(page.select("#reveal-link").attr("href"))
			.isEqualTo("/recruiter/applications/" + application.getId() + "/reveal");
		assertNothingIdentifying(page.outerHtml());
		assertThat(page.outerHtml()).doesNotContain(email);

		assertThat(recruiter.get("/recruiter/applications/" + application.getId() + "/resume").getStatus())
			.isEqualTo(404);

		String export = csv(recruiter, postingId);
		assertThat(export).contains(alias(application), "PyTorch", "[e-mail]");
		assertNothingIdentifying(export);
		assertThat(export).doesNotContain(email);

		// the same alias on every page, and in Chinese the word is translated, not the code
		Document chinese = WebSession.loggedInAs(this.mvc, opening.recruiter().account(), Locale.SIMPLIFIED_CHINESE)
			.page("/recruiter/postings/" + postingId + "/applicants");
		assertThat(chinese.select("#applicants tbody tr a").first().text())
			.isEqualTo("候选人 " + this.aliases.applicationAlias(application.getId()));
		assertThat(chinese.select("#blind-review h2").text()).isEqualTo("盲审已开启");
	}

	@Test
	void screeningKeepsThemHiddenAndMovingPastItShowsWhoTheyAreWithALineInTheHistory() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		turnOn(recruiter, opening.postingId());

		move(recruiter, application.getId(), "SCREENING");
		assertNothingIdentifying(recruiter.page("/recruiter/applications/" + application.getId()).outerHtml());

		move(recruiter, application.getId(), "INTERVIEW");
		Document page = recruiter.page("/recruiter/applications/" + application.getId());
		assertThat(page.select("h1").text()).isEqualTo("Zoltan Quixby");
		assertThat(page.select("#links").text()).contains("https://github.com/zquixby");
		assertThat(page.select("#resume-download")).hasSize(1);
		assertThat(page.select("#blind-notice")).isEmpty();
		assertThat(page.select("#applicant-meta").text()).contains(" · Applied on");
		assertThat(page.select("#history-reveal").text()).isEqualTo(
				"Identity revealed: moved past Screening by " + opening.recruiter().account().getDisplayName());
		assertThat(recruiter.get("/recruiter/applications/" + application.getId() + "/resume").getStatus())
			.isEqualTo(200);
		assertThat(csv(recruiter, opening.postingId())).contains("Zoltan Quixby", "github.com/zquixby");

		// rejected later, they stay revealed: they passed Screening
		move(recruiter, application.getId(), "REJECTED");
		assertThat(recruiter.page("/recruiter/applications/" + application.getId()).select("h1").text())
			.isEqualTo("Zoltan Quixby");
	}

	@Test
	void aRecruiterRevealsAnIdentityAfterAConfirmationAndTheHistoryKeepsWhoAndWhen() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		turnOn(recruiter, opening.postingId());
		String path = "/recruiter/applications/" + application.getId() + "/reveal";

		Document confirm = recruiter.page(path);
		assertThat(confirm.select("h1").text()).isEqualTo("Reveal who " + alias(application) + " is?");
		assertNothingIdentifying(confirm.outerHtml());
		MockHttpServletResponse answer = recruiter.post(path);
		assertThat(answer.getRedirectedUrl()).isEqualTo("/recruiter/applications/" + application.getId());

		Document page = recruiter.follow(answer);
		assertThat(page.select("#notice").text()).isEqualTo("Identity revealed; the history keeps who did it and when.");
		assertThat(page.select("h1").text()).isEqualTo("Zoltan Quixby");
		assertThat(page.select("#history-reveal").text())
			.isEqualTo("Identity revealed by " + opening.recruiter().account().getDisplayName());
		assertThat(this.jdbc.queryForObject(
				"select reason || ':' || actor_id from blind_review_reveal where application_id = ?", String.class,
				application.getId())).isEqualTo("RECRUITER:" + opening.recruiter().account().getId());
		// still at Applied, and shown everywhere
		assertThat(recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants").text())
			.contains("Zoltan Quixby");
		assertThat(csv(recruiter, opening.postingId())).contains("Zoltan Quixby");

		// a second reveal changes nothing and says so
		assertThat(recruiter.page(path).select("h1").text()).isEqualTo("This applicant is not hidden");
		Document again = recruiter.follow(recruiter.post(path));
		assertThat(again.select("#notice").text()).isEqualTo("This applicant is not hidden; nothing was changed.");
		assertThat(this.jdbc.queryForObject("select count(*) from blind_review_reveal where application_id = ?",
				Integer.class, application.getId())).isEqualTo(1);
	}

	@Test
	void turningBlindReviewOffRevealsEveryoneItHidAndTurningItOnAgainKeepsThemRevealed() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application zoltan = zoltanApplies(opening);
		Application other = this.fixture.apply(this.candidates.seeker(), opening.posting());
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		turnOn(recruiter, opening.postingId());
		assertThat(this.pipeline.blindReview(opening.recruiter().account().getId(), opening.postingId())).isTrue();

		turnOff(recruiter, opening.postingId());
		assertThat(recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants/blind/off")
			.select("#blind-off-form")).as("nothing to turn off").isEmpty();
		Document list = recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");
		assertThat(list.select("#blind-review h2").text()).isEqualTo("Blind review is off");
		assertThat(list.text()).contains("Zoltan Quixby").doesNotContain(alias(zoltan), alias(other));
		assertThat(recruiter.page("/recruiter/applications/" + other.getId()).select("#history-reveal").text())
			.isEqualTo("Identity revealed: blind review turned off by "
					+ opening.recruiter().account().getDisplayName());

		turnOn(recruiter, opening.postingId());
		Application later = this.fixture.apply(this.candidates.seeker(), opening.posting());
		list = recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");
		assertThat(list.text()).contains("Zoltan Quixby").doesNotContain(alias(zoltan), alias(other))
			.contains(alias(later));
	}

	@Test
	void aSeekerIsToldBeforeApplyingThatThePostingReviewsBlindFirst() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		WebSession seeker = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		Document before = seeker.page("/jobs/" + opening.postingId() + "/apply");
		assertThat(before.select("#blind-review-note")).isEmpty();
		assertThat(before.text()).contains("Your name and email, your profile");

		turnOn(WebSession.loggedInAs(this.mvc, opening.recruiter().account()), opening.postingId());

		Document blind = seeker.page("/jobs/" + opening.postingId() + "/apply");
		assertThat(blind.select("#blind-review-note").text())
			.startsWith("This company reviews applicants blind first: until you pass Screening");
		assertThat(blind.text()).doesNotContain("Your name and email, your profile (headline");
		seeker.in(java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(seeker.page("/jobs/" + opening.postingId() + "/apply").select("#blind-review-note").text())
			.startsWith("这家公司先进行匿名初筛");
	}

	@Test
	void turningItOnAfterSomeMovedOnKeepsThoseRevealed() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application zoltan = zoltanApplies(opening);
		Application waiting = this.fixture.apply(this.candidates.seeker(), opening.posting());
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		move(recruiter, zoltan.getId(), "INTERVIEW");
		move(recruiter, zoltan.getId(), "REJECTED");

		turnOn(recruiter, opening.postingId());

		Document list = recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");
		assertThat(list.text()).contains("Zoltan Quixby", alias(waiting)).doesNotContain(alias(zoltan));
	}

	@Test
	void onlyTheCompanysRecruitersSwitchOrReveal() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		long postingId = opening.postingId();
		WebSession stranger = WebSession.loggedInAs(this.mvc, this.recruiters.recruiter(true).account());
		stranger.page("/recruiter/postings");
		assertThat(stranger.post("/recruiter/postings/" + postingId + "/applicants/blind", "enabled", "true")
			.getStatus()).isEqualTo(404);
		assertThat(stranger.get("/recruiter/postings/" + postingId + "/applicants/blind/off").getStatus())
			.isEqualTo(404);
		assertThat(stranger.get("/recruiter/applications/" + application.getId() + "/reveal").getStatus())
			.isEqualTo(404);
		assertThat(stranger.post("/recruiter/applications/" + application.getId() + "/reveal").getStatus())
			.isEqualTo(404);
		WebSession seeker = this.candidates.browserOf(this.mvc, Role.SEEKER);
		assertThat(seeker.post("/recruiter/postings/" + postingId + "/applicants/blind", "enabled", "true")
			.getStatus()).isEqualTo(403);
		assertThat(seeker.post("/recruiter/applications/" + application.getId() + "/reveal").getStatus())
			.isEqualTo(403);
		// without the CSRF token
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		assertThat(recruiter.postWithoutCsrf("/recruiter/postings/" + postingId + "/applicants/blind", "enabled",
				"true").getStatus()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from blind_review where posting_id = ?", Integer.class,
				postingId)).isZero();

		// and the company's own recruiter still can
		turnOn(recruiter, postingId);
		assertThat(this.pipeline.blindReview(opening.recruiter().account().getId(), postingId)).isTrue();
	}

	@Test
	void hostileInputOnTheNewEndpointsGetsAClear4xx() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		String blind = "/recruiter/postings/" + opening.postingId() + "/applicants/blind";
		recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");
		assertThat(recruiter.post(blind, "enabled", "maybe").getStatus()).isEqualTo(400);
		assertThat(recruiter.post(blind, "enabled", "true\u0000").getStatus()).isEqualTo(400);
		assertThat(recruiter.post(blind, "enabled", "\u0007").getStatus()).isEqualTo(400);
		assertThat(recruiter.post(blind).getStatus()).isEqualTo(400);
		assertThat(recruiter.post("/recruiter/postings/99999999999999999999/applicants/blind", "enabled", "true")
			.getStatus()).isEqualTo(404);
		assertThat(recruiter.post("/recruiter/postings/abc/applicants/blind", "enabled", "true").getStatus())
			.isEqualTo(404);
		assertThat(recruiter.post("/recruiter/postings/999999999999999999/applicants/blind", "enabled", "true")
			.getStatus()).isEqualTo(404);
		assertThat(recruiter.get("/recruiter/postings/99999999999999999999/applicants/blind/off").getStatus())
			.isEqualTo(404);
		assertThat(recruiter.get("/recruiter/applications/99999999999999999999/reveal").getStatus()).isEqualTo(404);
		assertThat(recruiter.post("/recruiter/applications/999999999999999999/reveal").getStatus()).isEqualTo(404);
		assertThat(recruiter.post("/recruiter/applications/-1/reveal").getStatus()).isEqualTo(404);
		assertThat(recruiter.post("/recruiter/applications/" + application.getId() + "/reveal", "x\u0000", "1")
			.getStatus()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("select count(*) from blind_review where posting_id = ?", Integer.class,
				opening.postingId())).isZero();

		// every form of the new pages, field by field: NUL and control characters 400 with nothing changed, odd
		// values never a 5xx
		ai.slope.web.HostileInput hostile = new ai.slope.web.HostileInput(recruiter, this.jdbc)
			.post(blind, java.util.Map.of("enabled", "true"), "enabled");
		turnOn(recruiter, opening.postingId());
		hostile.formsOn("/recruiter/postings/" + opening.postingId() + "/applicants/blind/off",
				"/recruiter/applications/" + application.getId() + "/reveal")
			.paths("/recruiter/applications/99999999999999999999/reveal",
					"/recruiter/postings/99999999999999999999/applicants/blind/off")
			.verify();
	}

	@Test
	void togglesAndRevealsAtOnceNeverFail() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");
		String csrf = recruiter.csrfToken();
		int requests = 24;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		List<Future<Integer>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				String url = (i % 3 == 2) ? "/recruiter/applications/" + application.getId() + "/reveal"
						: "/recruiter/postings/" + opening.postingId() + "/applicants/blind";
				String enabled = (i % 3 == 0) ? "true" : "false";
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(post(url).param("enabled", enabled)
							.param("_csrf", csrf)
							.cookie(recruiter.cookie(WebSession.SESSION_COOKIE)))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from blind_review where posting_id = ?", Integer.class,
				opening.postingId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from blind_review_reveal where application_id = ?",
				Integer.class, application.getId())).isLessThanOrEqualTo(1);
	}

	@Test
	void aMoveThatLeavesAHiddenApplicantWhereTheyWereNamesTheirAlias() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Application application = zoltanApplies(opening);
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		turnOn(recruiter, opening.postingId());
		move(recruiter, application.getId(), "SCREENING");

		recruiter.page("/recruiter/postings/" + opening.postingId() + "/applicants");
		Document page = recruiter.follow(recruiter.post("/recruiter/postings/" + opening.postingId()
				+ "/applicants/move", "ids", Long.toString(application.getId()), "stage", "SCREENING", "note", ""));

		assertThat(page.select("#move-status").text()).contains(alias(application) + " is at Screening already");
		assertNothingIdentifying(page.outerHtml());
	}

	@Test
	void theRecruiterWhoInvitedAHiddenCandidateIsToldTheirAliasWhenTheyAccept() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		WebSession recruiter = WebSession.loggedInAs(this.mvc, opening.recruiter().account());
		turnOn(recruiter, opening.postingId());
		Account candidate = this.candidates.discoverable("Diffusion researcher", "PyTorch").save();
		this.jdbc.update("update account set display_name = 'Zoltan Quixby' where id = ?", candidate.getId());
		this.sourcing.invite(opening.recruiter().id(), opening.postingId(), candidate.getId(), "");
		long id = this.jdbc.queryForObject("select id from application where account_id = ?", Long.class,
				candidate.getId());
		WebSession seeker = WebSession.loggedInAs(this.mvc, candidate);
		seeker.page("/applications/" + id);
		assertThat(seeker.post("/applications/" + id + "/accept").getStatus()).isEqualTo(302);

		String recruiterEmail = opening.recruiter().account().getEmail();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> ai.slope.accounts.TestMailServer.mailsTo(recruiterEmail).size() >= 1);
		jakarta.mail.internet.MimeMessage told = ai.slope.accounts.TestMailServer.mailsTo(recruiterEmail).get(0);
		assertThat(told.getSubject()).isEqualTo("Candidate " + this.aliases.applicationAlias(id)
				+ " accepted your invitation: Senior ML Engineer");
		assertNothingIdentifying(told.getSubject() + ai.slope.accounts.TestMailServer.body(told));
		assertNothingIdentifying(recruiter.page("/recruiter/applications/" + id).outerHtml());
	}

}
