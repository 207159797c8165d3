package ai.slope.applications.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.applications.Application;
import ai.slope.applications.ApplicationFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.web.HostileInput;

/**
 * Applying (cover note, résumé and its file name), the seeker's applications and the recruiter's pipeline (moves,
 * notes, sourcing) with control characters, huge numbers and malformed list indexes: 400 with nothing changed for
 * control characters, never a 5xx.
 */
@WebIntegrationTest
class ApplicationsHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationFixture applications;

	@Autowired
	CandidateFixture candidates;

	@Test
	void aSeekerCannotBreakApplyingOrTheirApplications() throws Exception {
		ApplicationFixture.Opening opening = this.applications.opening();
		ApplicationFixture.Opening applied = this.applications.opening();
		Account seeker = this.candidates.seeker();
		Application application = this.applications.apply(seeker, applied.posting());
		new HostileInput(WebSession.loggedInAs(this.mvc, seeker), this.jdbc)
			.formsOn("/jobs/" + opening.postingId() + "/apply", "/applications/" + application.getId() + "/withdraw")
			.get("/applications", Map.of(), "page")
			.paths("/applications?page=2147483647", "/applications/99999999999999999999",
					"/jobs/99999999999999999999/apply", "/jobs/99999999999999999999/external-apply")
			.verify();
	}

	@Test
	void aRecruiterCannotBreakThePipelineNotesOrSourcing() throws Exception {
		ApplicationFixture.Opening opening = this.applications.opening();
		Account seeker = this.candidates.seeker();
		Account candidate = this.candidates.discoverable("Hostile sourced", "CUDA").save();
		Application application = this.applications.apply(seeker, opening.posting());
		String posting = "/recruiter/postings/" + opening.postingId();
		new HostileInput(WebSession.loggedInAs(this.mvc, opening.recruiter().account()), this.jdbc)
			.formsOn(posting + "/applicants", "/recruiter/applications/" + application.getId())
			.get(posting + "/applicants", Map.of(), "stage", "page")
			.get(posting + "/applicants.csv", Map.of(), "stage")
			.post(posting + "/applicants/move",
					Map.of("ids", String.valueOf(application.getId()), "stage", "SCREENING"), "ids", "stage", "note",
					"filter", "page")
			.post(posting + "/sourced", Map.of("candidate", String.valueOf(candidate.getId())), "candidate", "note")
			.post("/recruiter/postings/sourced",
					Map.of("posting", String.valueOf(opening.postingId()), "candidate", String.valueOf(candidate.getId())),
					"posting", "candidate", "note")
			.paths(posting + "/applicants?page=2147483647", "/recruiter/applications/99999999999999999999",
					"/recruiter/applications/99999999999999999999/resume")
			.verify();
	}

}
