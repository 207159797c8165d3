package ai.slope.jobs.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.web.HostileInput;

/**
 * Control characters, huge numbers and malformed list indexes ({@code role[256]}, {@code country[999]}) in the
 * search, the feed, the job API and every recruiter form and API parameter: 400 with nothing changed for control
 * characters, never a 5xx.
 */
@WebIntegrationTest
class JobsHostileInputTests {

	static final String[] SEARCH = { "q", "role", "seniority", "type", "remote", "country", "salary", "visa", "days",
			"sort", "page", "size" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postings;

	@Test
	void theSearchTheFeedAndTheJobApiRefuseControlCharactersAndNeverFail() throws Exception {
		JobPosting posting = this.postings.posting(this.postings.company("Hostile Jobs Co"), "ml-engineer",
				"Hostile ML Engineer").save();
		new HostileInput(new WebSession(this.mvc), this.jdbc).get("/jobs", Map.of(), SEARCH)
			.get("/api/v1/jobs", Map.of(), SEARCH)
			.get("/jobs/feed.atom", Map.of(), SEARCH)
			.get("/jobs", Map.of("role", "ml-engineer", "page", "2147483647"), "size")
			.paths("/jobs/99999999999999999999", "/jobs/" + posting.getId() + "-%7Bx%7D", "/api/v1/jobs/99999999999999999999",
					"/api/v1/jobs/x", "/companies/%7Bx%7D", "/roles/%7Bx%7D", "/jobs?page=2147483647",
					"/api/v1/jobs?page=99999999999&size=-1")
			.verify();
	}

	@Test
	void theRecruitersFormsAndApiRefuseControlCharactersAndNeverFail() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true);
		long draft = this.postings.posting(recruiter.company(), "ml-engineer", "Hostile draft").draft().save().getId();
		long published = this.postings.posting(recruiter.company(), "ml-engineer", "Hostile published").save().getId();
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter.account());
		new HostileInput(browser, this.jdbc)
			.formsOn("/recruiter/postings", "/recruiter/postings/new", "/recruiter/postings/" + draft,
					"/recruiter/postings/" + draft + "/edit", "/recruiter/postings/" + published,
					"/recruiter/postings/" + published + "/close")
			.post("/recruiter/postings/preview", Map.of("description", "*x*"), "description")
			.post("/recruiter/postings/skills", Map.of("skills", "PyTorch"), "skills")
			.get("/recruiter/postings", Map.of(), "q", "status", "page")
			.get("/api/v1/recruiter/postings", Map.of(), "q", "status", "page")
			.post("/api/v1/recruiter/postings/" + published + "/close", Map.of(), "reason")
			.paths("/recruiter/postings?page=2147483647", "/recruiter/postings?page=99999999999",
					"/api/v1/recruiter/postings?page=2147483647", "/recruiter/postings/99999999999999999999",
					"/api/v1/recruiter/postings/99999999999999999999")
			.verify();
	}

}
