package ai.slope.candidates.web;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Resumes;
import ai.slope.candidates.TestPdfs;
import ai.slope.companies.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@WebIntegrationTest
class ResumeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Resumes resumes;

	@Autowired
	CandidateFixture fixture;

	/**
	 * Uploads through the profile page's own résumé form (whose hidden field carries the CSRF token) and, as a browser
	 * does, follows the redirect to the profile page (which takes the flash messages).
	 */
	private Uploaded upload(WebSession browser, String fileName, String declaredType, byte[] bytes) throws Exception {
		Document page = browser.page("/profile");
		String action = page.select("form[enctype=multipart/form-data]").attr("action");
		assertThat(action).isEqualTo("/profile/resume");
		String csrf = page.select("form[enctype=multipart/form-data] input[name=_csrf]").val();
		MockHttpServletResponse response = this.mvc
			.perform(multipart(action).file(new MockMultipartFile("resume", fileName, declaredType, bytes))
				.param("_csrf", csrf)
				.cookie(browser.cookie(WebSession.SESSION_COOKIE)))
			.andReturn()
			.getResponse();
		return new Uploaded(response, browser.follow(response));
	}

	private record Uploaded(MockHttpServletResponse response, Document page) {

		String error() {
			return this.page.select("#resume-error").text();
		}

	}

	@Test
	void aPdfNamedTxtIsAcceptedAndDownloadedByItsOwnerAsAnAttachment() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		byte[] pdf = TestPdfs.ofSize(50_000);

		Uploaded uploaded = upload(browser, "C:\\Users\\ada\\Ada Lovelace CV.txt", "text/plain", pdf);

		assertThat(uploaded.response().getRedirectedUrl()).isEqualTo("/profile#resume");
		Document page = uploaded.page();
		assertThat(page.select("[role=status]").text()).isEqualTo("Your résumé is saved.");
		assertThat(page.select(".candidate-resume").text()).contains("Ada Lovelace CV.pdf").contains("49 KB");
		Resumes.ResumeInfo info = this.resumes.info(seeker.getId()).orElseThrow();
		assertThat(info.sizeBytes()).isEqualTo(50_000);
		assertThat(info.sha256()).hasSize(64);
		assertThat(this.jdbc.queryForObject("select content_type from candidate_resume where account_id = ?",
				String.class, seeker.getId())).isEqualTo("application/pdf");
		String link = page.select(".candidate-resume a").attr("href");
		assertThat(link).isEqualTo("/profile/resume/" + info.id());
		assertThat(page.select("#completeness [data-part]").eachAttr("data-part")).doesNotContain("RESUME");

		MockHttpServletResponse download = browser.get(link);

		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"Ada Lovelace CV.pdf\"");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void aPngNamedPdfIsRefusedAndTheResumeThatWasThereStays() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		upload(browser, "cv.pdf", "application/pdf", TestPdfs.pdf());
		String hash = this.resumes.info(seeker.getId()).orElseThrow().sha256();

		Uploaded refused = upload(browser, "cv.pdf", "application/pdf", TestImages.png(64, 64));

		assertThat(refused.response().getRedirectedUrl()).isEqualTo("/profile#resume");
		assertThat(refused.error()).isEqualTo(
				"This file is not a PDF, whatever its name says. Please save your résumé as a PDF and upload that.");
		assertThat(this.resumes.info(seeker.getId()).orElseThrow().sha256()).isEqualTo(hash);
	}

	@Test
	void aFileOverFiveMegabytesIsRefusedWithAClearMessage() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);

		Uploaded refused = upload(browser, "big.pdf", "application/pdf", TestPdfs.ofSize(5 * 1024 * 1024 + 1));

		assertThat(refused.error()).isEqualTo("The file is larger than 5 MB. Please upload a smaller PDF.");
		assertThat(this.resumes.info(seeker.getId())).isEmpty();

		upload(browser, "exactly.pdf", "application/pdf", TestPdfs.ofSize(5 * 1024 * 1024));
		assertThat(this.resumes.info(seeker.getId()).orElseThrow().sizeBytes()).isEqualTo(5 * 1024 * 1024);
	}

	@Test
	void anEmptyACutOffOrAnUnreadablePdfIsRefused() throws Exception {
		WebSession browser = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		assertThat(upload(browser, "empty.pdf", "application/pdf", new byte[0]).error())
			.isEqualTo("Please choose a PDF file to upload.");

		byte[] pdf = TestPdfs.ofSize(10_000);
		assertThat(upload(browser, "cut.pdf", "application/pdf", java.util.Arrays.copyOf(pdf, 5_000)).error())
			.contains("looks cut off");

		assertThat(upload(browser, "odd.pdf", "application/pdf", "%PDF-9.9\n%%EOF\n".getBytes()).error())
			.contains("its header cannot be read");
	}

	@Test
	void anotherSeekerCannotDownloadTheResume() throws Exception {
		Account owner = this.fixture.seeker();
		WebSession ownerBrowser = WebSession.loggedInAs(this.mvc, owner);
		upload(ownerBrowser, "cv.pdf", "application/pdf", TestPdfs.pdf());
		long id = this.resumes.info(owner.getId()).orElseThrow().id();
		WebSession other = WebSession.loggedInAs(this.mvc, this.fixture.seeker());

		MockHttpServletResponse answer = other.get("/profile/resume/" + id);

		assertThat(answer.getStatus()).isEqualTo(404);
		assertThat(answer.getContentAsString()).doesNotContain("%PDF");
		assertThat(other.get("/profile/resume/" + (id + 1000)).getStatus()).isEqualTo(404);
		assertThat(other.get("/profile/resume/abc").getStatus()).isEqualTo(404);
		assertThat(ownerBrowser.get("/profile/resume/" + id).getStatus()).isEqualTo(200);
	}

	@Test
	void recruitersAndAdminsCannotReachAResume() throws Exception {
		Account owner = this.fixture.seeker();
		upload(WebSession.loggedInAs(this.mvc, owner), "cv.pdf", "application/pdf", TestPdfs.pdf());
		long id = this.resumes.info(owner.getId()).orElseThrow().id();

		for (Role role : new Role[] { Role.RECRUITER, Role.ADMIN }) {
			WebSession browser = this.fixture.browserOf(this.mvc, role);

			assertThat(browser.get("/profile/resume/" + id).getStatus()).as(role.name()).isEqualTo(403);
		}
		assertThat(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/profile/resume/" + id)).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsForbidden() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		Cookie session = browser.cookie(WebSession.SESSION_COOKIE);

		MockHttpServletResponse refused = this.mvc
			.perform(multipart("/profile/resume")
				.file(new MockMultipartFile("resume", "cv.pdf", "application/pdf", TestPdfs.pdf()))
				.cookie(session))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(this.resumes.info(seeker.getId())).isEmpty();
	}

	@Test
	void theResumeIsReplacedKeepingItsAddressAndRemovedAfterAConfirmation() throws Exception {
		Account seeker = this.fixture.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		upload(browser, "first.pdf", "application/pdf", TestPdfs.pdf());
		long id = this.resumes.info(seeker.getId()).orElseThrow().id();
		byte[] second = TestPdfs.ofSize(2_000);

		upload(browser, "second.pdf", "application/pdf", second);

		Resumes.ResumeInfo info = this.resumes.info(seeker.getId()).orElseThrow();
		assertThat(info.id()).isEqualTo(id);
		assertThat(info.fileName()).isEqualTo("second.pdf");
		assertThat(browser.get("/profile/resume/" + id).getContentAsByteArray()).isEqualTo(second);

		Document confirm = browser.page("/profile/resume/remove");
		assertThat(confirm.select("p").text()).contains("“second.pdf” goes from your profile");
		MockHttpServletResponse removed = browser.post("/profile/resume/remove");

		Document page = browser.follow(removed);
		assertThat(page.select("[role=status]").text()).isEqualTo("Your résumé is removed.");
		assertThat(page.select(".candidate-empty-line").text()).contains("No résumé yet.");
		assertThat(this.resumes.info(seeker.getId())).isEmpty();
		assertThat(browser.get("/profile/resume/" + id).getStatus()).isEqualTo(404);
		assertThat(browser.get("/profile/resume/remove").getStatus()).isEqualTo(404);
	}

}
