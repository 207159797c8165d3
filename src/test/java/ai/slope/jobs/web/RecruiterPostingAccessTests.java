package ai.slope.jobs.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter reads and changes only their own company's postings, by page, form and API; everything that
 * changes state needs the CSRF token; the roles keep to their own pages.
 */
@WebIntegrationTest
class RecruiterPostingAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	@Autowired
	Accounts accounts;

	Recruiter owner;

	Recruiter outsider;

	JobPosting published;

	JobPosting draft;

	WebSession outsiderBrowser;

	@BeforeEach
	void twoCompanies() throws Exception {
		this.owner = this.fixture.recruiter(true);
		this.outsider = this.fixture.recruiter(true);
		this.published = this.postings.submit(this.owner.id(), this.owner.companyId(), this.postings
			.createDraft(this.owner.id(), this.owner.company(), RecruiterFixture.input("Owned engineer")).getId());
		this.draft = this.postings.createDraft(this.owner.id(), this.owner.company(),
				RecruiterFixture.input("Owned draft"));
		this.outsiderBrowser = WebSession.loggedInAs(this.mvc, this.outsider.account());
		this.outsiderBrowser.page("/recruiter/postings");
	}

	@Test
	void recruiterCannotReadAnotherCompanysPostingByPage() throws Exception {
		for (String path : List.of("", "/edit", "/close")) {
			assertThat(this.outsiderBrowser.get("/recruiter/postings/" + this.published.getId() + path).getStatus())
				.as(path)
				.isEqualTo(404);
		}
		assertThat(this.outsiderBrowser.get("/recruiter/postings/999999999").getStatus()).isEqualTo(404);
		assertThat(this.outsiderBrowser.page("/recruiter/postings").select("#postings")).isEmpty();
	}

	@Test
	void recruiterCannotChangeAnotherCompanysPostingByFormPost() throws Exception {
		String base = "/recruiter/postings/";
		assertThat(this.outsiderBrowser.post(base + this.draft.getId() + "/edit",
				RecruiterFixture.form("Hijacked", "version", "0")).getStatus()).isEqualTo(404);
		assertThat(this.outsiderBrowser.post(base + this.draft.getId() + "/submit").getStatus()).isEqualTo(404);
		assertThat(this.outsiderBrowser.post(base + this.published.getId() + "/close", "reason", "FILLED").getStatus())
			.isEqualTo(404);
		assertThat(this.outsiderBrowser.post(base + this.published.getId() + "/extend", "days", "30").getStatus())
			.isEqualTo(404);
		assertThat(this.outsiderBrowser.post(base + this.published.getId() + "/duplicate").getStatus()).isEqualTo(404);

		assertThat(this.postings.find(this.draft.getId()).getTitle()).isEqualTo("Owned draft");
		assertThat(this.postings.find(this.draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(this.postings.find(this.published.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(this.postings.find(this.published.getId()).getExpiresAt()).isEqualTo(this.published.getExpiresAt());
	}

	@Test
	void recruiterCannotReadOrChangeAnotherCompanysPostingByApi() throws Exception {
		assertThat(this.outsiderBrowser.get("/api/v1/recruiter/postings/" + this.published.getId()).getStatus())
			.isEqualTo(404);
		assertThat(this.outsiderBrowser.post("/api/v1/recruiter/postings/" + this.draft.getId() + "/submit")
			.getStatus()).isEqualTo(404);
		assertThat(this.outsiderBrowser.get("/api/v1/recruiter/postings").getContentAsString())
			.contains("\"total\":0");
		assertThat(this.postings.find(this.draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
	}

	@Test
	void theOwnerReadsAndChangesTheirPostingByApi() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.owner.account());
		browser.page("/recruiter/postings");

		MockHttpServletResponse list = browser.get("/api/v1/recruiter/postings?status=draft");
		assertThat(list.getContentAsString()).contains("\"total\":1").contains("Owned draft");
		MockHttpServletResponse one = browser.get("/api/v1/recruiter/postings/" + this.published.getId());
		assertThat(one.getStatus()).isEqualTo(200);
		assertThat(one.getContentAsString()).contains("\"status\":\"PUBLISHED\"").contains("<h2>About</h2>");

		MockHttpServletResponse submitted = browser.post("/api/v1/recruiter/postings/" + this.draft.getId() + "/submit");

		assertThat(submitted.getStatus()).isEqualTo(200);
		assertThat(this.postings.find(this.draft.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(browser.post("/api/v1/recruiter/postings/" + this.draft.getId() + "/submit").getStatus())
			.as("already published").isEqualTo(409);
	}

	@Test
	void everyStateChangingRequestNeedsTheCsrfToken() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.owner.account());
		browser.page("/recruiter/postings");
		String base = "/recruiter/postings/";

		assertThat(browser.postWithoutCsrf("/recruiter/postings", RecruiterFixture.form("No token")).getStatus())
			.isEqualTo(403);
		assertThat(browser.postWithoutCsrf(base + this.draft.getId() + "/edit",
				RecruiterFixture.form("No token", "version", "0")).getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf(base + this.draft.getId() + "/submit").getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf(base + this.published.getId() + "/close", "reason", "FILLED").getStatus())
			.isEqualTo(403);
		assertThat(browser.postWithoutCsrf(base + this.published.getId() + "/extend", "days", "30").getStatus())
			.isEqualTo(403);
		assertThat(browser.postWithoutCsrf(base + this.published.getId() + "/duplicate").getStatus()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/recruiter/postings/preview", "description", "x").getStatus())
			.isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/api/v1/recruiter/postings/" + this.draft.getId() + "/submit").getStatus())
			.isEqualTo(403);

		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);
		admin.page("/admin/postings");
		assertThat(admin.postWithoutCsrf("/admin/postings/" + this.draft.getId() + "/approve").getStatus())
			.isEqualTo(403);
		assertThat(admin.postWithoutCsrf("/admin/postings/" + this.draft.getId() + "/reject", "reason", "No")
			.getStatus()).isEqualTo(403);

		assertThat(this.postings.find(this.draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(this.postings.find(this.draft.getId()).getTitle()).isEqualTo("Owned draft");
		assertThat(this.postings.find(this.published.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void seekersAndAnonymousCallersGetNoRecruiterPostings() throws Exception {
		Account seeker = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession seekerBrowser = WebSession.loggedInAs(this.mvc, seeker);
		WebSession anonymous = new WebSession(this.mvc);

		assertThat(seekerBrowser.get("/recruiter/postings").getStatus()).isEqualTo(403);
		assertThat(seekerBrowser.get("/admin/postings").getStatus()).isEqualTo(403);
		assertThat(this.outsiderBrowser.get("/admin/postings").getStatus()).as("recruiter on an admin page")
			.isEqualTo(403);
		assertThat(seekerBrowser.get("/api/v1/recruiter/postings").getStatus()).isEqualTo(403);
		assertThat(anonymous.get("/api/v1/recruiter/postings").getStatus()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/recruiter/postings/" + this.published.getId()).getStatus()).isEqualTo(401);
		assertThat(anonymous.get("/recruiter/postings").getRedirectedUrl()).endsWith("/login");
	}

}
