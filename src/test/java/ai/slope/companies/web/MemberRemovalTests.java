package ai.slope.companies.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyFixture;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter removes a colleague from their company: after a confirmation page, never themselves, never someone of
 * another company, and the colleague loses access at their next request.
 */
@WebIntegrationTest
class MemberRemovalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompanyMemberships memberships;

	@Autowired
	CompanyFixture fixture;

	@Autowired
	PostingFixture postings;

	private String removePath(Account member) {
		return "/recruiter/company/members/" + member.getId() + "/remove";
	}

	@Test
	void aRecruiterRemovesAColleagueAfterConfirmingAndTheColleagueLosesAccessAtOnce() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Departure Labs");
		Account colleague = this.fixture.recruiter();
		this.memberships.addActiveMember(company.getId(), colleague.getId(), owner.getId());
		this.postings.posting(company, "ml-engineer", "Inference Plumber Departure")
			.location(RemotePolicy.REMOTE, null, "US")
			.salary(150_000, 200_000, "USD", SalaryPeriod.YEAR)
			.save();
		WebSession colleagueBrowser = WebSession.loggedInAs(this.mvc, colleague);
		assertThat(colleagueBrowser.page("/recruiter/postings").text()).contains("Inference Plumber Departure");
		WebSession ownerBrowser = WebSession.loggedInAs(this.mvc, owner);

		Document manage = ownerBrowser.page("/recruiter/company");
		assertThat(manage.select(".company-members a[href=" + removePath(colleague) + "]")).hasSize(1);
		assertThat(manage.select(".company-members a[href=" + removePath(owner) + "]")).isEmpty();
		Document confirm = ownerBrowser.page(removePath(colleague));
		assertThat(confirm.select("h1").text()).isEqualTo("Remove " + colleague.getDisplayName() + " from the company?");
		assertThat(this.memberships.isActiveMember(colleague.getId(), company.getId())).as("a GET removes nobody")
			.isTrue();
		MockHttpServletResponse removed = ownerBrowser.post(confirm.select("main form").attr("action"));

		assertThat(removed.getRedirectedUrl()).isEqualTo("/recruiter/company#members");
		Document after = ownerBrowser.follow(removed);
		assertThat(after.select("#members ~ [role=status]").text())
			.isEqualTo(colleague.getDisplayName() + " is no longer a recruiter of the company, and got a mail.");
		assertThat(after.select(".company-members").text()).doesNotContain(colleague.getEmail());
		assertThat(this.memberships.isActiveMember(colleague.getId(), company.getId())).isFalse();
		assertThat(colleagueBrowser.page("/recruiter/postings").text()).doesNotContain("Inference Plumber Departure");
		assertThat(colleagueBrowser.page("/recruiter/company").select("h2").eachText()).contains("Create a company");
		colleagueBrowser.page("/account");
		assertThat(colleagueBrowser.post("/recruiter/company/members/" + owner.getId() + "/remove").getStatus())
			.isEqualTo(404);
		assertThat(this.memberships.isActiveMember(owner.getId(), company.getId())).isTrue();
		List<MimeMessage> mails = TestMailServer.mailsTo(colleague.getEmail());
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject())
			.isEqualTo("You are no longer a recruiter of " + company.getName() + " on Slope");
		assertThat(TestMailServer.body(mails.get(0))).contains(owner.getDisplayName() + " removed you");
	}

	@Test
	void aRecruiterCannotRemoveThemselvesNorARecruiterOfAnotherCompany() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Lonely Labs");
		Account stranger = this.fixture.recruiter();
		Company other = this.fixture.company(stranger, "Other Labs");
		WebSession browser = WebSession.loggedInAs(this.mvc, owner);
		assertThat(browser.page("/recruiter/company").select(".company-members + p").text())
			.isEqualTo("You are the company’s only recruiter, so nobody can be removed.");

		MockHttpServletResponse self = browser.post(removePath(owner));
		assertThat(self.getRedirectedUrl()).isEqualTo("/recruiter/company#members");
		assertThat(browser.follow(self).select("#members ~ [role=alert]").text())
			.isEqualTo("You cannot remove yourself from the company.");
		assertThat(browser.get(removePath(stranger)).getStatus()).isEqualTo(404);
		browser.page("/recruiter/company");
		assertThat(browser.post(removePath(stranger)).getStatus()).isEqualTo(404);
		assertThat(browser.post("/recruiter/company/members/x/remove").getStatus()).isEqualTo(404);

		assertThat(this.memberships.isActiveMember(owner.getId(), company.getId())).isTrue();
		assertThat(this.memberships.isActiveMember(stranger.getId(), other.getId())).isTrue();
	}

	@Test
	void aRemovalWithoutTheCsrfTokenRemovesNobody() throws Exception {
		Account owner = this.fixture.recruiter();
		Company company = this.fixture.company(owner, "Forged Labs");
		Account colleague = this.fixture.recruiter();
		this.memberships.addActiveMember(company.getId(), colleague.getId(), owner.getId());
		WebSession browser = WebSession.loggedInAs(this.mvc, owner);

		assertThat(browser.postWithoutCsrf(removePath(colleague)).getStatus()).isEqualTo(403);
		assertThat(this.memberships.isActiveMember(colleague.getId(), company.getId())).isTrue();
	}

	@Test
	void twoRecruitersWhoRemoveEachOtherAtOnceLeaveTheCompanyWithOne() throws Exception {
		for (int round = 0; round < 5; round++) {
			Account first = this.fixture.recruiter();
			Company company = this.fixture.company(first, "Standoff Labs");
			Account second = this.fixture.recruiter();
			this.memberships.addActiveMember(company.getId(), second.getId(), first.getId());
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<?>> answers = new ArrayList<>();
			try {
				answers.add(pool.submit(() -> {
					start.await();
					return this.memberships.remove(first.getId(), second.getId());
				}));
				answers.add(pool.submit(() -> {
					start.await();
					return this.memberships.remove(second.getId(), first.getId());
				}));
				start.countDown();
				int done = 0;
				for (Future<?> answer : answers) {
					try {
						answer.get();
						done++;
					}
					catch (java.util.concurrent.ExecutionException ex) {
						assertThat(ex.getCause()).isInstanceOf(ai.slope.companies.CompanyNotFoundException.class);
					}
				}
				assertThat(done).as("round %d", round).isEqualTo(1);
			}
			finally {
				pool.shutdown();
			}
			assertThat(this.memberships.activeMemberIds(company.getId())).as("round %d", round).hasSize(1);
		}
	}

}
