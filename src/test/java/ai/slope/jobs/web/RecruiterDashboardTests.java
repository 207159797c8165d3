package ai.slope.jobs.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingViews;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class RecruiterDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	@Autowired
	PostingViews views;

	@Autowired
	Accounts accounts;

	private JobPosting published(Recruiter recruiter, String title) {
		return this.postings.submit(recruiter.id(), recruiter.companyId(), this.postings
			.createDraft(recruiter.id(), recruiter.company(), RecruiterFixture.input(title)).getId());
	}

	@Test
	void aRecruiterWithoutACompanyIsPointedToTheCompanyPage() throws Exception {
		Account loner = AccountFixture.create(this.accounts, Role.RECRUITER);

		Document page = WebSession.loggedInAs(this.mvc, loner).page("/recruiter/postings");

		assertThat(page.select("#no-company a").attr("href")).isEqualTo("/recruiter/company");
		assertThat(page.select("a[href=/recruiter/postings/new]")).isEmpty();
		assertThat(WebSession.loggedInAs(this.mvc, loner).get("/recruiter/postings/new").getStatus()).isEqualTo(404);
	}

	@Test
	void aNewCompanySeesAnEmptyStateWithTheWayToItsFirstPosting() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(true);

		Document page = WebSession.loggedInAs(this.mvc, recruiter.account()).page("/recruiter/postings");

		assertThat(page.select("#empty a").attr("href")).isEqualTo("/recruiter/postings/new");
		assertThat(page.select("#postings")).isEmpty();
	}

	@Test
	void theDashboardListsTheCompanysPostingsWithStatusViewsAndExpiry() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(true);
		Recruiter other = this.fixture.recruiter(true);
		JobPosting live = published(recruiter, "Dashboard live engineer");
		this.postings.createDraft(recruiter.id(), recruiter.company(), RecruiterFixture.input("Dashboard draft engineer"));
		JobPosting closed = published(recruiter, "Dashboard closed scientist");
		this.postings.close(recruiter.id(), recruiter.companyId(), closed.getId(), CloseReason.FILLED);
		published(other, "Someone else's engineer");
		WebSession visitor = new WebSession(this.mvc);
		visitor.get("/jobs/" + live.getId() + "-" + live.getSlug());
		visitor.get("/jobs/" + live.getId() + "-" + live.getSlug());
		// views are written every few seconds (PostingViews); here, at once
		this.views.flush();
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter.account());

		Document all = browser.page("/recruiter/postings");
		assertThat(all.select("#postings tbody tr")).hasSize(3);
		var row = all.selectFirst("#postings tr[data-id=" + live.getId() + "]");
		assertThat(row.select("td").eachText()).startsWith("Dashboard live engineer", "Published", "2", "0");
		assertThat(row.select("time").attr("datetime")).isEqualTo(live.getExpiresAt().toString());
		assertThat(all.text()).doesNotContain("Someone else's engineer");

		Document drafts = browser.page("/recruiter/postings?status=DRAFT");
		assertThat(drafts.select("#postings tbody td:first-child").eachText()).containsExactly("Dashboard draft engineer");
		Document searched = browser.page("/recruiter/postings?q=SCIENTIST");
		assertThat(searched.select("#postings tbody td:first-child").eachText())
			.containsExactly("Dashboard closed scientist");
		Document none = browser.page("/recruiter/postings?q=nothing-like-this");
		assertThat(none.select("#empty").text()).contains("No posting matches");
		assertThat(this.postings.find(live.getId()).getViewCount()).isEqualTo(2);
	}

	@Test
	void theDashboardIsPaged() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(true);
		for (int i = 1; i <= RecruiterPostingsController.PAGE_SIZE + 1; i++) {
			this.postings.createDraft(recruiter.id(), recruiter.company(), RecruiterFixture.input("Paged " + i));
		}
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter.account());

		Document first = browser.page("/recruiter/postings");
		Document second = browser.page("/recruiter/postings?page=2");

		assertThat(first.select("#postings tbody tr")).hasSize(RecruiterPostingsController.PAGE_SIZE);
		assertThat(first.select(".pagination .active").text()).isEqualTo("Page 1 of 2");
		assertThat(second.select("#postings tbody td:first-child").eachText()).containsExactly("Paged 1");
	}

}
