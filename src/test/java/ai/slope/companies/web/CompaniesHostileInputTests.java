package ai.slope.companies.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.web.HostileInput;

/**
 * Every form of a recruiter's company pages (creating, joining, the profile, the logo, join requests) with control
 * characters, huge numbers and malformed list indexes: 400 with nothing changed for control characters, never a
 * 5xx.
 */
@WebIntegrationTest
class CompaniesHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	RecruiterFixture recruiters;

	@Autowired
	CompanyMemberships memberships;

	@Test
	void aRecruiterWithoutACompanyCannotBreakCreatingOrJoiningOne() throws Exception {
		RecruiterFixture.Recruiter other = this.recruiters.recruiter(true);
		Account recruiter = AccountFixture.create(this.accounts, Role.RECRUITER);
		new HostileInput(WebSession.loggedInAs(this.mvc, recruiter), this.jdbc)
			.formsOn("/recruiter/company", "/recruiter/company?q=" + other.company().getSlug())
			.get("/recruiter/company", Map.of(), "q", "logo")
			.verify();
	}

	@Test
	void aCompanysRecruiterCannotBreakItsProfileLogoOrJoinRequests() throws Exception {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(false);
		Account applicant = AccountFixture.create(this.accounts, Role.RECRUITER);
		long request = this.memberships.requestToJoin(applicant.getId(), recruiter.companyId()).id();
		new HostileInput(WebSession.loggedInAs(this.mvc, recruiter.account()), this.jdbc)
			.formsOn("/recruiter/company/requests/" + request + "/decline", "/recruiter/company")
			.paths("/recruiter/company/requests/99999999999999999999/decline", "/companies/%7Bx%7D/logo",
					"/companies/" + recruiter.company().getSlug() + "/logo?v=99999999999999999999")
			.verify();
	}

}
