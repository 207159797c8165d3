package ai.slope.jobs.web;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.WebSession;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.PostingHistoryEntry;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;
import ai.slope.jobs.RecruiterFixture.Recruiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lifecycle action that does not fit the posting's status (the posting refuses it itself) comes back to the
 * posting's page with a message naming the status, in the reader's language, and the API answers 409; never a
 * 5xx, and nothing changes or enters the history.
 */
@WebIntegrationTest
class RefusedTransitionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	Postings postings;

	Recruiter recruiter;

	WebSession session;

	@BeforeEach
	void logIn() throws Exception {
		this.recruiter = this.fixture.recruiter(true);
		this.session = new WebSession(this.mvc);
		this.session.logIn(this.recruiter.email(), AccountFixture.PASSWORD);
	}

	private JobPosting draft(String title) {
		return this.postings.createDraft(this.recruiter.id(), this.recruiter.company(), RecruiterFixture.input(title));
	}

	@Test
	void closingOrExtendingADraftComesBackToItsPageSayingWhy() throws Exception {
		JobPosting draft = draft("Refused draft engineer");
		String base = "/recruiter/postings/" + draft.getId();
		this.session.page(base);

		for (String action : new String[] { "/close", "/extend", "/relist" }) {
			MockHttpServletResponse refused = action.equals("/close") ? this.session.post(base + action, "reason", "FILLED")
					: this.session.post(base + action, "days", "30");
			assertThat(refused.getStatus()).as(action).isLessThan(400);
			assertThat(refused.getRedirectedUrl()).as(action).isEqualTo(base);
			Document page = this.session.follow(refused);
			assertThat(page.select("[role=alert]").text()).as(action)
				.isEqualTo("This cannot be done to a posting that is Draft.");
		}
		assertThat(this.postings.find(draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(this.postings.history(draft.getId())).extracting(PostingHistoryEntry::getToStatus)
			.containsExactly(JobStatus.DRAFT);
	}

	@Test
	void submittingAPublishedPostingAgainIsRefusedInChineseToo() throws Exception {
		JobPosting posting = this.postings.submit(this.recruiter.id(), this.recruiter.companyId(),
				draft("Twice submitted engineer").getId());
		String base = "/recruiter/postings/" + posting.getId();
		WebSession chinese = this.session.in(Locale.SIMPLIFIED_CHINESE);
		chinese.page(base);

		Document page = chinese.follow(chinese.post(base + "/submit"));

		assertThat(page.select("[role=alert]").text()).startsWith("状态为").endsWith("的职位不能进行此操作。");
		assertThat(this.postings.history(posting.getId())).hasSize(2);
	}

	@Test
	void theApiAnswersARefusedTransitionWith409() throws Exception {
		JobPosting draft = draft("Api refused engineer");
		this.session.page("/recruiter/postings");

		MockHttpServletResponse refused = this.session
			.post("/api/v1/recruiter/postings/" + draft.getId() + "/close", "reason", "FILLED");

		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("Cannot close a posting that is DRAFT");
	}

}
