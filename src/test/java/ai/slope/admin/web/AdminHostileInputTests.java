package ai.slope.admin.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.admin.UserAdministration;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.salaries.SalaryFixture;
import ai.slope.web.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every admin page's searches and forms (users, companies, the review queue, the role taxonomy, the salary data,
 * the audit log) with control characters, huge numbers and malformed list indexes: 400 with nothing changed for
 * control characters, never a 5xx. And an action that fails leaves nothing half done.
 */
@WebIntegrationTest
class AdminHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	PostingFixture postings;

	@Autowired
	Postings postingService;

	@Autowired
	SalaryFixture salaries;

	@Autowired
	UserAdministration administration;

	@Test
	void theUserCompanyAndReviewPagesRefuseControlCharactersAndNeverFail() throws Exception {
		Account seeker = this.candidates.seeker();
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(false);
		long pending = this.postings.posting(recruiter.company(), "ml-engineer", "Hostile pending").draft().save().getId();
		this.postingService.submit(recruiter.id(), recruiter.companyId(), pending);
		WebSession admin = this.candidates.browserOf(this.mvc, Role.ADMIN);
		new HostileInput(admin, this.jdbc)
			.formsOn("/admin/users", "/admin/users/" + seeker.getId(), "/admin/users/" + seeker.getId() + "/suspend",
					"/admin/companies", "/admin/companies/" + recruiter.companyId() + "/verify", "/admin/postings",
					"/admin/audit")
			.get("/admin/users", Map.of(), "q", "role", "status", "page")
			.get("/admin/companies", Map.of(), "status", "q", "page")
			.get("/admin/postings", Map.of(), "page")
			.get("/admin/audit", Map.of(), "action", "actor", "targetType", "targetId", "from", "to", "page")
			.paths("/admin/users?page=2147483647", "/admin/users?page=99999999999", "/admin/users?page=-1",
					"/admin/companies?page=2147483647", "/admin/postings?page=2147483647",
					"/admin/audit?page=2147483647", "/admin/users/99999999999999999999",
					"/admin/companies/99999999999999999999/verify")
			.verify();
	}

	@Test
	void theTopVenuePagesRefuseControlCharactersAndNeverFail() throws Exception {
		WebSession admin = this.candidates.browserOf(this.mvc, Role.ADMIN);
		new HostileInput(admin, this.jdbc)
			// an accepted venue would be matched by every other test's publications: only control characters
			.refusedOnly()
			.formsOn("/admin/venues/new", "/admin/venues/1/edit")
			.everything()
			.paths("/admin/venues/99999999999999999999/edit", "/admin/venues/999999999999999999/edit",
					"/admin/venues/999999999999999999/delete", "/admin/venues/-1/edit", "/admin/venues/%00/edit")
			.verify();
	}

	@Test
	void theRoleAndSalaryPagesRefuseControlCharactersAndNeverFail() throws Exception {
		long record = this.salaries.record("ml-engineer", "SE", "US", 2024, 150_000);
		WebSession admin = this.candidates.browserOf(this.mvc, Role.ADMIN);
		new HostileInput(admin, this.jdbc)
			.formsOn("/admin/roles/new", "/admin/salaries", "/admin/salaries/rates",
					"/admin/salaries/records/" + record + "/edit")
			.get("/admin/salaries", Map.of(), "page", "import")
			.get("/admin/salaries/titles", Map.of(), "page")
			.get("/admin/salaries/review", Map.of(), "status", "page")
			// accepted values here would change what every other test shares: only control characters
			.refusedOnly()
			.formsOn("/admin/roles/ml-engineer/edit", "/admin/salaries/rules",
					"/admin/salaries/review")
			.everything()
			.paths("/admin/salaries?page=2147483647", "/admin/salaries/titles?page=2147483647",
					"/admin/salaries/review?page=2147483647", "/admin/salaries/imports/999999999999999999",
					"/admin/salaries/records/999999999999999999/edit", "/admin/roles/%7Bx%7D/edit")
			.verify();
	}

	@Test
	void aSuspensionThatFailsLeavesTheAccountAndItsSessionsAsTheyWere() throws Exception {
		Account seeker = this.candidates.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		long admin = this.accounts.findByEmail(WebIntegrationTest.ADMIN_EMAIL).orElseThrow().getId();

		// PostgreSQL cannot store NUL: the audit entry fails, and the suspension with it
		assertThatThrownBy(() -> this.administration.suspend(admin, seeker.getId(), "spam\u0000"))
			.isInstanceOf(RuntimeException.class);

		assertThat(this.accounts.findById(seeker.getId()).orElseThrow().isSuspended()).isFalse();
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
	}

	@Test
	void aSuspensionEndsTheSessionsOnceItIsStored() throws Exception {
		Account seeker = this.candidates.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		long admin = this.accounts.findByEmail(WebIntegrationTest.ADMIN_EMAIL).orElseThrow().getId();

		this.administration.suspend(admin, seeker.getId(), "spam");

		assertThat(this.accounts.findById(seeker.getId()).orElseThrow().isSuspended()).isTrue();
		assertThat(browser.get("/account").getStatus()).isEqualTo(302);
	}

}
