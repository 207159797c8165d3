package ai.slope.candidates.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.slope.SlopeIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Resumes;
import ai.slope.candidates.TestPdfs;
import ai.slope.web.TomcatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A résumé over the limit, through real Tomcat: MockMvc does not parse multipart requests, so only a real
 * server shows that Tomcat's refusal becomes the page's message rather than an error page.
 */
@SlopeIntegrationTest
class ResumeUploadLimitTests {

	@LocalServerPort
	int port;

	TomcatClient client;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	Resumes resumes;

	@Test
	void aResumeOverFiveMegabytesGetsTheMessageOnTheProfilePageNotAnErrorPage() throws Exception {
		this.client = new TomcatClient(this.port);
		Account seeker = this.fixture.seeker();
		this.client.logIn(seeker.getEmail(), AccountFixture.PASSWORD);
		String action = this.client.page("/profile").select("form[enctype=multipart/form-data]").attr("action");

		// just over the limit (refused by the résumé check), over Tomcat's limit, and far over it (both turned
		// away before they are read)
		for (int size : new int[] { 5 * 1024 * 1024 + 1, 7 * 1024 * 1024, 15 * 1024 * 1024 }) {
			HttpResponse<String> refused = this.client.upload(action, "resume", "cv.pdf", "application/pdf", TestPdfs.ofSize(size));

			assertThat(refused.statusCode()).as("answer to %d bytes", size).isIn(302, 303);
			String location = TomcatClient.location(refused);
			assertThat(location).startsWith("/profile").endsWith("#resume");
			assertThat(this.client.page(location.replaceFirst("#.*", "")).select("#resume-error").text())
				.isEqualTo("The file is larger than 5 MB. Please upload a smaller PDF.");
		}
		assertThat(this.resumes.info(seeker.getId())).isEmpty();

		HttpResponse<String> accepted = this.client.upload(action, "resume", "cv.pdf", "application/pdf", TestPdfs.ofSize(5 * 1024 * 1024));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(this.client.page("/profile").select("[role=status]").text()).isEqualTo("Your résumé is saved.");
		assertThat(this.resumes.info(seeker.getId()).orElseThrow().sizeBytes()).isEqualTo(5 * 1024 * 1024);
	}

}
