package ai.slope.accounts.web;

import java.util.Locale;

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
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class NextStepsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	RecruiterFixture recruiters;

	private Document accountPage(Account account, Locale locale) throws Exception {
		return WebSession.loggedInAs(this.mvc, account, locale).page("/account");
	}

	@Test
	void aNewJobSeekerIsOfferedToBuildAProfileAndBrowseJobs() throws Exception {
		Account seeker = AccountFixture.create(this.accounts, Role.SEEKER);
		Document page = accountPage(seeker, Locale.ENGLISH);
		assertThat(page.select(".next-steps a").eachText()).containsExactly("Build your profile", "Browse jobs");
		assertThat(page.select(".next-steps a").eachAttr("href")).containsExactly("/profile/edit", "/jobs");
		assertThat(accountPage(seeker, Locale.SIMPLIFIED_CHINESE).select(".next-steps a").eachText())
			.containsExactly("完善个人资料", "浏览职位");
	}

	@Test
	void aSeekerWhoseProfileHasAHeadlineIsOfferedNoNextSteps() throws Exception {
		Account seeker = this.candidates.discoverable("Research engineer", "pytorch").save();
		assertThat(accountPage(seeker, Locale.ENGLISH).select(".next-steps")).isEmpty();
	}

	@Test
	void aRecruiterWithoutACompanyIsOfferedToSetOneUp() throws Exception {
		Account recruiter = AccountFixture.create(this.accounts, Role.RECRUITER);
		Document page = accountPage(recruiter, Locale.ENGLISH);
		assertThat(page.select(".next-steps a").eachText()).containsExactly("Set up your company");
		assertThat(page.select(".next-steps a").attr("href")).isEqualTo("/recruiter/company");
		assertThat(accountPage(recruiter, Locale.SIMPLIFIED_CHINESE).select(".next-steps a").eachText())
			.containsExactly("设置你的公司");
	}

	@Test
	void aRecruiterWhoBelongsToACompanyIsOfferedNoNextSteps() throws Exception {
		Account recruiter = this.recruiters.recruiter(true).account();
		assertThat(accountPage(recruiter, Locale.ENGLISH).select(".next-steps")).isEmpty();
	}

}
