package ai.slope.applications.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.Pipeline;
import ai.slope.applications.Sourcing;
import ai.slope.applications.SourcingRefusedException;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.Resumes;
import ai.slope.candidates.TestPdfs;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingActivity;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sourcing through the pages: a recruiter of a verified company invites a discoverable candidate to a posting, the
 * candidate is mailed and accepts or declines, and their contact details stay hidden from the company until they
 * accept; every refusal says why and changes nothing.
 */
@WebIntegrationTest
class SourcingTests {

	static final String GITHUB = "https://github.com/ada-sourced";

	static final String LINKEDIN = "https://www.linkedin.com/in/ada-sourced";

	static final String WEBSITE = "https://ada-sourced.example/";

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
	Resumes resumes;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postings;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Sourcing sourcing;

	@Autowired
	PostingActivity activity;

	/**
	 * A seeker with a discoverable profile that links to GitHub, LinkedIn and a website, and a résumé on it.
	 */
	private Account discoverableCandidate(Locale language, boolean withResume) {
		Account seeker = this.candidates.seeker(language);
		this.profiles.save(seeker.getId(), null, new CandidateProfiles.ProfileInput("Distributed training engineer", "",
				"DE", "Berlin", true, false, "6", List.of("ml-engineer"), List.of("SENIOR"), "", "", "PyTorch, CUDA",
				GITHUB, "", "", LINKEDIN, WEBSITE));
		this.profiles.setDiscoverable(seeker.getId(), true);
		if (withResume) {
			this.resumes.replace(seeker.getId(), "ada.pdf", TestPdfs.pdf());
		}
		return seeker;
	}

	private static WebSession recruiterBrowser(MockMvc mvc, ApplicationFixture.Opening opening) throws Exception {
		WebSession browser = WebSession.loggedInAs(mvc, opening.recruiter().account());
		browser.page("/recruiter/postings");
		return browser;
	}

	/**
	 * Posts the invitation as the candidate's page does, with the CSRF token of a page the recruiter read, and
	 * returns the whole result for its flash attributes.
	 */
	private MvcResult invite(WebSession recruiter, String url, String... params) throws Exception {
		String csrf = recruiter.page("/account").select("input[name=_csrf]").first().val();
		var request = post(url).param("_csrf", csrf).cookie(recruiter.cookie(WebSession.SESSION_COOKIE))
			.locale(Locale.ENGLISH);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andReturn();
	}

	private MvcResult invite(WebSession recruiter, long postingId, Account candidate, String note) throws Exception {
		return invite(recruiter, "/recruiter/postings/" + postingId + "/sourced", "candidate",
				Long.toString(candidate.getId()), "note", note);
	}

	private long applicationOf(long postingId, Account candidate) {
		return this.jdbc.queryForObject("select id from application where posting_id = ? and account_id = ?",
				Long.class, postingId, candidate.getId());
	}

	private Map<String, Object> row(long applicationId) {
		return this.jdbc.queryForMap(
				"select stage, contact_shared, invitation_note, invited_by from application where id = ?",
				applicationId);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private static List<CSVRecord> csv(WebSession recruiter, long postingId) throws Exception {
		MockHttpServletResponse response = recruiter.get("/recruiter/postings/" + postingId + "/applicants.csv");
		assertThat(response.getStatus()).isEqualTo(200);
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}

	@Test
	void invitingMakesASourcedApplicationWithItsHistoryAndMailsTheCandidateInTheirLanguage() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, true);
		Account li = discoverableCandidate(Locale.SIMPLIFIED_CHINESE, false);
		WebSession recruiter = recruiterBrowser(this.mvc, opening);

		MvcResult result = invite(recruiter, opening.postingId(), ada, "  We liked your CUDA work.  ");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/recruiter/candidates/" + ada.getId());
		assertThat(result.getFlashMap().get("sourcingDone"))
			.isEqualTo("Invited to Senior ML Engineer. They will see it and choose.");
		assertThat(result.getFlashMap().containsKey("sourcingProblem")).isFalse();
		long id = applicationOf(opening.postingId(), ada);
		assertThat(row(id)).containsEntry("stage", "SOURCED")
			.containsEntry("contact_shared", false)
			.containsEntry("invitation_note", "We liked your CUDA work.")
			.containsEntry("invited_by", opening.recruiter().id());
		assertThat(this.jdbc.queryForList("select coalesce(from_stage, '-') || '>' || to_stage || ':' || actor_id || ':' "
				+ "|| note from application_stage_change where application_id = ?", String.class, id))
			.containsExactly("->SOURCED:" + opening.recruiter().id() + ":We liked your CUDA work.");
		assertThat(count("select count(*) from application_resume where application_id = ?", id)).isZero();

		List<MimeMessage> toAda = TestMailServer.awaitMailsTo(ada.getEmail(), 1);
		assertThat(toAda).hasSize(1);
		String company = opening.recruiter().company().getName();
		assertThat(toAda.get(0).getSubject()).isEqualTo(company + " invites you to apply: Senior ML Engineer");
		assertThat(TestMailServer.body(toAda.get(0))).contains("We liked your CUDA work.",
				"https://slope.test/applications/" + id);

		MvcResult chosen = invite(recruiter, "/recruiter/postings/sourced", "posting",
				Long.toString(opening.postingId()), "candidate", Long.toString(li.getId()), "note", "");
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/recruiter/candidates/" + li.getId());
		assertThat(chosen.getFlashMap().get("sourcingDone")).asString().startsWith("Invited to Senior ML Engineer.");
		List<MimeMessage> toLi = TestMailServer.awaitMailsTo(li.getEmail(), 1);
		assertThat(toLi.get(0).getSubject()).isEqualTo(company + " 邀请你申请：Senior ML Engineer");
		assertThat(TestMailServer.body(toLi.get(0))).doesNotContain("附言");
	}

	@Test
	void contactDetailsStayHiddenFromTheCompanyUntilTheCandidateAccepts() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, true);
		WebSession recruiter = recruiterBrowser(this.mvc, opening);
		invite(recruiter, opening.postingId(), ada, "Hello");
		long id = applicationOf(opening.postingId(), ada);
		long postingId = opening.postingId();
		assertThat(this.activity.of(List.of(postingId)).get(postingId).applications())
			.as("an invitation is not an application").isZero();

		Document list = recruiter.page("/recruiter/postings/" + postingId + "/applicants");
		assertThat(list.select(".stage-tabs a[data-stage=SOURCED]").text()).isEqualTo("Sourced (1)");
		assertThat(list.select(".stage-tabs a").get(1).attr("data-stage")).as("the first stage").isEqualTo("SOURCED");
		assertThat(list.select("#applicants tbody tr").text()).contains(ada.getDisplayName(),
				"Distributed training engineer", "Contact details are shared when they accept.")
			.doesNotContain(ada.getEmail());
		Document hidden = recruiter.page("/recruiter/applications/" + id);
		assertThat(hidden.text()).contains(ada.getDisplayName(), "PyTorch", "Contact details are shared when they accept.")
			.doesNotContain(ada.getEmail(), LINKEDIN, WEBSITE);
		assertThat(hidden.select("#links a").eachAttr("href")).containsExactly(GITHUB);
		assertThat(hidden.select("#resume-download")).isEmpty();
		assertThat(hidden.select("#stage-select option").eachAttr("value")).containsExactly("", "REJECTED");
		assertThat(recruiter.get("/recruiter/applications/" + id + "/resume").getStatus()).isEqualTo(404);
		CSVRecord hiddenRow = csv(recruiter, postingId).get(1);
		assertThat(hiddenRow.get(0)).isEqualTo(ada.getDisplayName());
		assertThat(hiddenRow.get(1)).as("email").isEmpty();
		assertThat(hiddenRow.get(2)).isEqualTo("Sourced");
		assertThat(hiddenRow.get(13)).isEqualTo(GITHUB);
		assertThat(hiddenRow.get(16)).as("LinkedIn").isEmpty();
		assertThat(hiddenRow.get(17)).as("website").isEmpty();

		WebSession seeker = WebSession.loggedInAs(this.mvc, ada);
		Document mine = seeker.page("/applications");
		assertThat(mine.select("#invitations .invitation").text()).contains(
				"Invitation from " + opening.recruiter().company().getName() + " to Senior ML Engineer", "Hello",
				"sees your email address");
		assertThat(mine.select("#applications")).as("not listed twice").isEmpty();
		Document page = seeker.page("/applications/" + id);
		assertThat(page.select("#stage").text()).isEqualTo("Stage: Invitation");
		assertThat(page.select("#invitation-note").text()).isEqualTo("Hello");
		assertThat(page.select("#accept-explain").text()).contains("your LinkedIn and website links and the résumé");
		assertThat(page.select("#withdraw")).isEmpty();

		MockHttpServletResponse accepted = seeker.post("/applications/" + id + "/accept");
		assertThat(accepted.getRedirectedUrl()).isEqualTo("/applications/" + id);
		assertThat(seeker.follow(accepted).select("#notice").text()).startsWith("You accepted the invitation");
		assertThat(row(id)).containsEntry("stage", "APPLIED").containsEntry("contact_shared", true);
		assertThat(count("select count(*) from application_resume where application_id = ?", id)).isEqualTo(1);
		assertThat(count("select count(*) from application_stage_change where application_id = ?", id)).isEqualTo(2);
		assertThat(this.activity.of(List.of(postingId)).get(postingId).applications()).isEqualTo(1);
		seeker.page("/applications/" + id);
		assertThat(seeker.follow(seeker.post("/applications/" + id + "/accept")).select("#notice").text())
			.isEqualTo("You accepted this invitation already; it is your application now.");
		assertThat(count("select count(*) from application_stage_change where application_id = ?", id)).isEqualTo(2);

		Document shown = recruiter.page("/recruiter/applications/" + id);
		assertThat(shown.select("#email").text()).isEqualTo(ada.getEmail());
		assertThat(shown.select("#links a").eachAttr("href")).containsExactlyInAnyOrder(GITHUB, LINKEDIN, WEBSITE);
		assertThat(shown.select("#history").text()).contains("Invited by", "Sourced → Applied, by the applicant");
		assertThat(recruiter.get("/recruiter/applications/" + id + "/resume").getStatus()).isEqualTo(200);
		CSVRecord shownRow = csv(recruiter, postingId).get(1);
		assertThat(shownRow.get(1)).isEqualTo(ada.getEmail());
		assertThat(shownRow.get(16)).isEqualTo(LINKEDIN);
		assertThat(shownRow.get(17)).isEqualTo(WEBSITE);

		MimeMessage told = mailWithSubject(opening.recruiter().account().getEmail(),
				ada.getDisplayName() + " accepted your invitation: Senior ML Engineer");
		assertThat(TestMailServer.body(told)).contains("/recruiter/applications/" + id)
			.doesNotContain(ada.getEmail());
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The mail with that subject to that address, once it has come (mails go out in the background).
	 */
	private static MimeMessage mailWithSubject(String address, String subject) throws Exception {
		return Awaitility.await("a mail \"" + subject + "\" to " + address)
			.atMost(Duration.ofSeconds(10))
			.until(() -> TestMailServer.mailsTo(address)
				.stream()
				.filter(mail -> subject.equals(subject(mail)))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void declingAfterAConfirmationKeepsTheContactDetailsHidden() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, true);
		invite(recruiterBrowser(this.mvc, opening), opening.postingId(), ada, "");
		long id = applicationOf(opening.postingId(), ada);
		WebSession seeker = WebSession.loggedInAs(this.mvc, ada);

		Document confirm = seeker.page("/applications/" + id + "/decline");
		assertThat(confirm.select("h1").text()).isEqualTo("Decline the invitation from "
				+ opening.recruiter().company().getName() + " to Senior ML Engineer?");
		assertThat(row(id)).as("reading the page changes nothing").containsEntry("stage", "SOURCED");
		MockHttpServletResponse declined = seeker.post("/applications/" + id + "/decline");
		assertThat(seeker.follow(declined).select("#notice").text()).startsWith("You declined the invitation.");
		assertThat(row(id)).containsEntry("stage", "WITHDRAWN").containsEntry("contact_shared", false);
		seeker.page("/applications/" + id);
		assertThat(seeker.follow(seeker.post("/applications/" + id + "/decline")).select("#notice").text())
			.isEqualTo("You declined this invitation already; nothing changed.");
		seeker.page("/applications/" + id);
		assertThat(seeker.follow(seeker.post("/applications/" + id + "/accept")).select("#notice").text())
			.isEqualTo("You declined this invitation already; nothing changed.");
		assertThat(row(id)).containsEntry("stage", "WITHDRAWN");
		assertThat(seeker.page("/applications").select("#applications").text()).contains("Withdrawn",
				"you declined the invitation");

		WebSession recruiter = recruiterBrowser(this.mvc, opening);
		assertThat(recruiter.page("/recruiter/applications/" + id).text()).doesNotContain(ada.getEmail(), LINKEDIN);
		assertThat(recruiter.get("/recruiter/applications/" + id + "/resume").getStatus()).isEqualTo(404);
		assertThat(TestMailServer.awaitMailsTo(ada.getEmail(), 1)).as("the invitation only").hasSize(1);
		MimeMessage told = mailWithSubject(opening.recruiter().account().getEmail(),
				ada.getDisplayName() + " declined your invitation: Senior ML Engineer");
		assertThat(TestMailServer.body(told)).contains("/recruiter/postings/" + opening.postingId() + "/applicants")
			.doesNotContain(ada.getEmail());
	}

	@Test
	void theRecruiterWithdrawsAnInvitationWithNotSelectedAndTheCandidateIsNotMailed() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, false);
		long recruiterId = opening.recruiter().id();
		this.sourcing.invite(recruiterId, opening.postingId(), ada.getId(), "");
		long id = applicationOf(opening.postingId(), ada);
		assertThat(TestMailServer.awaitMailsTo(ada.getEmail(), 1)).hasSize(1);

		var forward = this.pipeline.move(recruiterId, opening.postingId(), List.of(id), "SCREENING", "");
		assertThat(forward.moved()).isEmpty();
		assertThat(forward.skipped().get(0).reason()).isEqualTo("applications.move.skipped.sourced");
		var withdrawn = this.pipeline.moveOne(recruiterId, id, "REJECTED", "Filled internally");
		assertThat(withdrawn.moved()).containsExactly(id);
		assertThat(row(id)).containsEntry("stage", "REJECTED").containsEntry("contact_shared", false);

		WebSession seeker = WebSession.loggedInAs(this.mvc, ada);
		Document page = seeker.page("/applications/" + id);
		assertThat(page.select("#explain").text()).isEqualTo("The company withdrew this invitation.");
		assertThat(page.text()).doesNotContain("Filled internally");
		assertThat(seeker.follow(seeker.post("/applications/" + id + "/accept")).select("#notice").text())
			.isEqualTo("The company withdrew this invitation; there is nothing to answer.");
		assertThat(row(id)).containsEntry("stage", "REJECTED");
		// mailsTo reads once every listener after the commits is done: a “not selected” mail would be there
		assertThat(TestMailServer.mailsTo(ada.getEmail())).as("no “not selected” mail").hasSize(1);
	}

	@Test
	void eachRefusalSaysWhyAndChangesNothing() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		long postingId = opening.postingId();
		WebSession recruiter = recruiterBrowser(this.mvc, opening);
		Account hidden = this.candidates.seeker();
		this.candidates.profile(hidden, "Private person", "PyTorch");
		Account noProfile = this.candidates.seeker();
		Account applied = discoverableCandidate(Locale.ENGLISH, false);
		this.fixture.apply(applied, opening.posting());
		Account ada = discoverableCandidate(Locale.ENGLISH, false);
		int before = count("select count(*) from application");

		assertThat(invite(recruiter, postingId, hidden, "").getFlashMap().get("sourcingProblem"))
			.isEqualTo("This candidate cannot be invited: their profile is not discoverable.");
		assertThat(invite(recruiter, postingId, noProfile, "").getFlashMap().get("sourcingProblem"))
			.isEqualTo("This candidate cannot be invited: their profile is not discoverable.");
		assertThat(invite(recruiter, postingId, opening.recruiter().account(), "").getFlashMap().get("sourcingProblem"))
			.isEqualTo("This candidate cannot be invited: their profile is not discoverable.");
		assertThat(invite(recruiter, postingId, applied, "").getFlashMap().get("sourcingProblem"))
			.isEqualTo(applied.getDisplayName() + " is in the pipeline of Senior ML Engineer already (Applied); "
					+ "nothing was changed.");
		MvcResult tooLong = invite(recruiter, postingId, ada, "x".repeat(1001));
		assertThat(tooLong.getResponse().getRedirectedUrl()).isEqualTo("/recruiter/candidates/" + ada.getId());
		assertThat(tooLong.getFlashMap().get("sourcingProblem"))
			.isEqualTo("The note is 1,001 characters long; it may have at most 1,000. Nobody was invited.");
		assertThat(tooLong.getFlashMap().get("sourcingNote")).isEqualTo("x".repeat(1001));
		assertThat(invite(recruiter, "/recruiter/postings/sourced", "posting", "", "candidate",
				Long.toString(ada.getId()), "note", "").getFlashMap().get("sourcingProblem"))
			.isEqualTo("Choose the posting to invite them to.");
		JobPosting closed = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Old role")
			.expired()
			.save();
		assertThat(invite(recruiter, closed.getId(), ada, "").getFlashMap().get("sourcingProblem")).isEqualTo(
				"Old role is not open (a draft, in review, closed or expired): invite candidates to a published posting.");
		JobPosting draft = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Draft role")
			.draft()
			.save();
		assertThat(invite(recruiter, draft.getId(), ada, "").getFlashMap().get("sourcingProblem"))
			.asString()
			.startsWith("Draft role is not open");
		JobPosting external = this.postings.posting(opening.recruiter().company(), "ml-engineer", "Elsewhere")
			.applyUrl("https://jobs.example/1")
			.save();
		assertThat(invite(recruiter, external.getId(), ada, "").getFlashMap().get("sourcingProblem"))
			.asString()
			.startsWith("Elsewhere takes applications on your own site");
		assertThat(count("select count(*) from application")).isEqualTo(before);

		ApplicationFixture.Opening other = this.fixture.opening();
		assertThat(invite(recruiter, other.postingId(), ada, "").getResponse().getStatus())
			.as("another company's posting").isEqualTo(404);
		assertThat(invite(recruiter, "/recruiter/postings/sourced", "posting", Long.toString(other.postingId()),
				"candidate", Long.toString(ada.getId())).getResponse().getStatus()).isEqualTo(404);

		RecruiterFixture.Recruiter unverified = this.recruiters.recruiter(false);
		JobPosting unverifiedPosting = this.postings.posting(unverified.company(), "ml-engineer", "Unverified role")
			.save();
		WebSession unverifiedBrowser = WebSession.loggedInAs(this.mvc, unverified.account());
		assertThat(invite(unverifiedBrowser, unverifiedPosting.getId(), ada, "").getFlashMap().get("sourcingProblem"))
			.isEqualTo("Only recruiters of verified companies can invite candidates; yours is not verified yet.");

		WebSession seeker = WebSession.loggedInAs(this.mvc, applied);
		seeker.page("/applications");
		assertThat(seeker.post("/recruiter/postings/" + postingId + "/sourced", "candidate",
				Long.toString(ada.getId())).getStatus()).as("seekers do not source").isEqualTo(403);
		assertThat(recruiter.postWithoutCsrf("/recruiter/postings/" + postingId + "/sourced", "candidate",
				Long.toString(ada.getId())).getStatus()).as("no CSRF token").isEqualTo(403);
		assertThat(count("select count(*) from application")).isEqualTo(before);

		invite(recruiter, postingId, ada, "");
		assertThat(invite(recruiter, postingId, ada, "Again").getFlashMap().get("sourcingProblem"))
			.isEqualTo(ada.getDisplayName() + " is in the pipeline of Senior ML Engineer already (Sourced); "
					+ "nothing was changed.");
		assertThat(count("select count(*) from application where account_id = ?", ada.getId())).isEqualTo(1);
	}

	@Test
	void anInvitedSeekerWhoOpensTheApplyFormIsSentToTheInvitation() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, false);
		this.sourcing.invite(opening.recruiter().id(), opening.postingId(), ada.getId(), "");
		long id = applicationOf(opening.postingId(), ada);
		WebSession seeker = WebSession.loggedInAs(this.mvc, ada);

		// the posting's page speaks of the invitation, not of an application the seeker never made
		Document posting = seeker.page("/jobs/" + opening.postingId() + "-" + opening.posting().getSlug());
		assertThat(posting.select("#apply-in-app")).isEmpty();
		assertThat(posting.select("#applied p").text()).startsWith("A recruiter invited you to apply on ")
			.endsWith("accept or decline the invitation.");
		assertThat(posting.select("#applied a").text()).isEqualTo("See the invitation");
		assertThat(posting.select("#applied a").attr("href")).isEqualTo("/applications/" + id);

		MockHttpServletResponse form = seeker.get("/jobs/" + opening.postingId() + "/apply");

		assertThat(form.getRedirectedUrl()).isEqualTo("/applications/" + id);
		assertThat(seeker.follow(form).select("#notice").text()).startsWith("The company invited you to this posting");
		assertThat(seeker.post("/applications/" + id + "/accept").getStatus()).isEqualTo(302);
		assertThat(row(id)).containsEntry("stage", "APPLIED");
		assertThat(count("select count(*) from application_resume where application_id = ?", id))
			.as("no résumé on the profile, none copied").isZero();
		Document applicant = recruiterBrowser(this.mvc, opening).page("/recruiter/applications/" + id);
		assertThat(applicant.select("#no-resume").text()).isEqualTo("No résumé was sent.");
	}

	@Test
	void aCandidateWhoMakesTheirProfilePrivateAfterTheInvitationShowsOnlyTheirName() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, false);
		this.sourcing.invite(opening.recruiter().id(), opening.postingId(), ada.getId(), "");
		long id = applicationOf(opening.postingId(), ada);
		this.profiles.setDiscoverable(ada.getId(), false);
		WebSession recruiter = recruiterBrowser(this.mvc, opening);

		Document page = recruiter.page("/recruiter/applications/" + id);

		assertThat(page.select("h1").text()).isEqualTo(ada.getDisplayName());
		assertThat(page.select("#profile")).isEmpty();
		assertThat(page.select("#no-profile").text()).startsWith("They have made their profile private");
		assertThat(page.text()).doesNotContain("Distributed training engineer", GITHUB, ada.getEmail());
		assertThat(csv(recruiter, opening.postingId()).get(1).get(13)).as("GitHub").isEmpty();
	}

	@Test
	void anotherSeekersInvitationIsNotFound() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, false);
		this.sourcing.invite(opening.recruiter().id(), opening.postingId(), ada.getId(), "");
		long id = applicationOf(opening.postingId(), ada);
		WebSession other = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		other.page("/applications");

		assertThat(other.post("/applications/" + id + "/accept").getStatus()).isEqualTo(404);
		assertThat(other.get("/applications/" + id + "/decline").getStatus()).isEqualTo(404);
		assertThat(row(id)).containsEntry("stage", "SOURCED");
	}

	@Test
	void invitationsAtOnceMakeOne() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = discoverableCandidate(Locale.ENGLISH, false);
		int requests = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		List<Future<String>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					try {
						this.sourcing.invite(opening.recruiter().id(), opening.postingId(), ada.getId(), "Hi");
						return "invited";
					}
					catch (SourcingRefusedException ex) {
						return ex.getReason().name();
					}
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		List<String> outcomes = new ArrayList<>();
		for (Future<String> answer : answers) {
			outcomes.add(answer.get());
		}
		assertThat(outcomes).containsOnlyOnce("invited").containsOnly("invited", "ALREADY_IN_PIPELINE");
		long id = applicationOf(opening.postingId(), ada);
		assertThat(count("select count(*) from application_stage_change where application_id = ?", id)).isEqualTo(1);
		assertThat(TestMailServer.awaitMailsTo(ada.getEmail(), 1)).hasSize(1);
		assertThatThrownBy(() -> this.sourcing.invite(opening.recruiter().id(), opening.postingId(), ada.getId(), ""))
			.isInstanceOf(SourcingRefusedException.class);
	}

}
