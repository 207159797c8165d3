package ai.slope.applications.web;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.applications.ApplicationFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeker's application page shows what they sent: the cover note and their own copy of the résumé.
 */
@WebIntegrationTest
class SentApplicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Test
	void aSeekerSeesTheCoverNoteAndDownloadsTheResumeTheySent() throws Exception {
		Account seeker = this.candidates.seeker();
		long id = this.fixture.apply(seeker, this.fixture.opening().posting()).getId();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Document page = browser.page("/applications/" + id);
		assertThat(page.select("#sent h2").text()).isEqualTo("What you sent");
		assertThat(page.select("#cover-note").text()).isEqualTo("I would love to.");
		assertThat(page.select("#sent-resume").text()).isEqualTo("cv.pdf");
		String link = page.select("#sent-resume").attr("href");
		assertThat(link).isEqualTo("/applications/" + id + "/resume");
		MockHttpServletResponse download = browser.get(link);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(TestPdfs.pdf());

		assertThat(browser.in(Locale.SIMPLIFIED_CHINESE).page("/applications/" + id).select("#sent h2").text())
			.isEqualTo("你提交的材料");
	}

	@Test
	void anotherSeekerCannotDownloadTheResumeOfAnApplication() throws Exception {
		long id = this.fixture.apply(this.candidates.seeker(), this.fixture.opening().posting()).getId();
		WebSession other = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		assertThat(other.get("/applications/" + id + "/resume").getStatus()).isEqualTo(404);
	}

}
