package ai.slope.companies.web;

import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
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
import ai.slope.companies.Company;
import ai.slope.companies.CompanyFixture;
import ai.slope.companies.CompanyMemberships;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class JoinRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CompanyMemberships memberships;

	@Autowired
	CompanyFixture fixture;

	private MockHttpServletResponse askToJoin(WebSession browser, Company company) throws Exception {
		Document search = browser
			.page("/recruiter/company?q=" + company.getName().substring(company.getName().length() - 8).toUpperCase());
		assertThat(search.select(".join-matches").text()).contains(company.getName());
		return browser.post("/recruiter/company/join", "companyId", company.getId().toString());
	}

	private long pendingRequestId(Account requester) {
		return this.memberships.pendingRequestOf(requester.getId()).orElseThrow().id();
	}

	@Test
	void aRecruiterFindsACompanyAsksToJoinSeesTheRequestWaitAndWithdrawsIt() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Helix Robotics");
		Account requester = this.fixture.recruiter();
		WebSession browser = WebSession.loggedInAs(this.mvc, requester);

		MockHttpServletResponse asked = askToJoin(browser, company);

		assertThat(asked.getRedirectedUrl()).isEqualTo("/recruiter/company");
		Document pending = browser.follow(asked);
		assertThat(pending.select("h1").text()).isEqualTo("Waiting to join " + company.getName());
		assertThat(pending.select(".join-pending").text()).contains("have not decided yet");
		assertThat(pending.select("form[action=/recruiter/company]")).isEmpty();
		List<MimeMessage> toOwner = TestMailServer.mailsTo(owner.getEmail());
		assertThat(toOwner).hasSize(1);
		assertThat(toOwner.get(0).getSubject()).isEqualTo(requester.getDisplayName() + " asks to join "
				+ company.getName() + " on Slope");
		assertThat(TestMailServer.body(toOwner.get(0))).contains(requester.getEmail())
			.contains("https://slope.test/recruiter/company");

		MockHttpServletResponse withdrawn = browser.post("/recruiter/company/join/cancel");
		Document start = browser.follow(withdrawn);
		assertThat(start.select("[role=status]").text()).isEqualTo("Your request is withdrawn.");
		assertThat(start.select("h2").eachText()).contains("Create a company");
		assertThat(this.memberships.pendingRequestOf(requester.getId())).isEmpty();
	}

	@Test
	void aRecruiterWaitsForOneRequestAtATime() throws Exception {
		Company first = this.fixture.company(this.fixture.recruiter(), "Prism Labs");
		Company second = this.fixture.company(this.fixture.recruiter(), "Quasar Labs");
		Account requester = this.fixture.recruiter();
		WebSession browser = WebSession.loggedInAs(this.mvc, requester);
		askToJoin(browser, first);

		browser.page("/recruiter/company");
		MockHttpServletResponse again = browser.post("/recruiter/company/join", "companyId", second.getId().toString());

		assertThat(browser.follow(again).select(".alert-danger").text())
			.isEqualTo("You have asked to join a company already. Withdraw that request first.");
		assertThat(this.jdbc.queryForObject("select count(*) from company_member where account_id = ?", Integer.class,
				requester.getId())).isEqualTo(1);
		assertThat(browser.post("/recruiter/company", "name", "My Own", "hqCountry", "US", "sizeBand", "SEED")
			.getContentAsString()).contains("Withdraw that request first");
	}

	@Test
	void approvingMakesTheRequesterARecruiterOfTheCompanyAndMailsThem() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Lumen Data");
		Account requester = this.fixture.recruiter();
		askToJoin(WebSession.loggedInAs(this.mvc, requester), company);
		WebSession ownerBrowser = WebSession.loggedInAs(this.mvc, owner);
		Document manage = ownerBrowser.page("/recruiter/company");
		assertThat(manage.select(".join-requests").text()).contains(requester.getDisplayName())
			.contains(requester.getEmail());

		MockHttpServletResponse approved = ownerBrowser
			.post("/recruiter/company/requests/" + pendingRequestId(requester) + "/approve");

		assertThat(approved.getRedirectedUrl()).isEqualTo("/recruiter/company#requests");
		Document after = ownerBrowser.follow(approved);
		assertThat(after.select("[role=status]").text())
			.isEqualTo(requester.getDisplayName() + " is now a recruiter of the company, and got a mail.");
		assertThat(after.select(".company-members").text()).contains(requester.getDisplayName());
		assertThat(this.memberships.isActiveMember(requester.getId(), company.getId())).isTrue();
		assertThat(this.memberships.activeMemberIds(company.getId())).containsExactly(owner.getId(), requester.getId());
		List<MimeMessage> mails = TestMailServer.mailsTo(requester.getEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("You are now a recruiter of " + company.getName() + " on Slope");
		assertThat(TestMailServer.body(mails.get(0))).startsWith("Hello " + requester.getDisplayName())
			.contains("https://slope.test/recruiter/company");

		Document requesterPage = WebSession.loggedInAs(this.mvc, requester).page("/recruiter/company");
		assertThat(requesterPage.select("h1").text()).contains(company.getName());
	}

	@Test
	void decliningAsksForConfirmationAndMailsTheRequesterInTheirLanguage() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Nimbus Compute");
		Account requester = this.fixture.recruiter(Locale.SIMPLIFIED_CHINESE);
		askToJoin(WebSession.loggedInAs(this.mvc, requester), company);
		WebSession ownerBrowser = WebSession.loggedInAs(this.mvc, owner);
		ownerBrowser.page("/recruiter/company");
		long requestId = pendingRequestId(requester);

		Document confirm = ownerBrowser.page("/recruiter/company/requests/" + requestId + "/decline");
		assertThat(confirm.select("h1").text()).isEqualTo("Decline the request of " + requester.getDisplayName() + "?");
		assertThat(this.memberships.pendingRequestOf(requester.getId())).isPresent();
		assertThat(TestMailServer.mailsTo(requester.getEmail())).isEmpty();

		MockHttpServletResponse declined = ownerBrowser.post("/recruiter/company/requests/" + requestId + "/decline");

		assertThat(ownerBrowser.follow(declined).select("[role=status]").text())
			.isEqualTo("The request of " + requester.getDisplayName() + " is declined, and they got a mail.");
		assertThat(this.memberships.pendingRequestOf(requester.getId())).isEmpty();
		assertThat(this.memberships.isActiveMember(requester.getId(), company.getId())).isFalse();
		List<MimeMessage> mails = TestMailServer.mailsTo(requester.getEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("你加入 Slope 上 " + company.getName() + " 的申请");
		assertThat(TestMailServer.body(mails.get(0))).startsWith(requester.getDisplayName() + "，你好")
			.contains("被该公司的招聘人员拒绝了");
	}

	@Test
	void aRecruiterCannotDecideRequestsToAnotherCompany() throws Exception {
		Company target = this.fixture.company(this.fixture.recruiter(), "Target Co");
		Account requester = this.fixture.recruiter();
		askToJoin(WebSession.loggedInAs(this.mvc, requester), target);
		long requestId = pendingRequestId(requester);
		Account outsider = this.fixture.recruiter();
		this.fixture.company(outsider, "Outsider Co");
		WebSession outsiderBrowser = WebSession.loggedInAs(this.mvc, outsider);
		outsiderBrowser.page("/recruiter/company");

		assertThat(outsiderBrowser.post("/recruiter/company/requests/" + requestId + "/approve").getStatus())
			.isEqualTo(404);
		assertThat(outsiderBrowser.get("/recruiter/company/requests/" + requestId + "/decline").getStatus())
			.isEqualTo(404);
		assertThat(outsiderBrowser.post("/recruiter/company/requests/" + requestId + "/decline").getStatus())
			.isEqualTo(404);
		assertThat(outsiderBrowser.post("/recruiter/company/requests/not-a-number/approve").getStatus()).isEqualTo(404);
		assertThat(this.memberships.pendingRequestOf(requester.getId())).isPresent();
		assertThat(TestMailServer.mailsTo(requester.getEmail())).isEmpty();
	}

	@Test
	void decisionsNeedTheCsrfToken() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Guarded Inc");
		Account requester = this.fixture.recruiter();
		WebSession requesterBrowser = WebSession.loggedInAs(this.mvc, requester);
		requesterBrowser.page("/recruiter/company");
		assertThat(requesterBrowser.postWithoutCsrf("/recruiter/company/join", "companyId", company.getId().toString())
			.getStatus()).isEqualTo(403);
		askToJoin(requesterBrowser, company);
		WebSession ownerBrowser = WebSession.loggedInAs(this.mvc, owner);
		ownerBrowser.page("/recruiter/company");

		assertThat(ownerBrowser.postWithoutCsrf("/recruiter/company/requests/" + pendingRequestId(requester) + "/approve")
			.getStatus()).isEqualTo(403);
		assertThat(ownerBrowser.postWithoutCsrf("/recruiter/company/requests/" + pendingRequestId(requester) + "/decline")
			.getStatus()).isEqualTo(403);
		assertThat(this.memberships.pendingRequestOf(requester.getId())).isPresent();
		assertThat(Jsoup.parse(ownerBrowser.get("/recruiter/company").getContentAsString()).select(".join-requests").text())
			.contains(requester.getDisplayName());
	}

}
