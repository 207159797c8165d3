package ai.slope.applications.web;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.SlopeIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.applications.ApplicationFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.TestPdfs;
import ai.slope.web.TomcatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A résumé over 5 MB sent with an application, through real Tomcat: the apply form comes back with the message
 * (not Tomcat's bare 413), and nothing is stored; one of exactly 5 MB goes through.
 */
@SlopeIntegrationTest
class ApplyUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aResumeOverFiveMegabytesComesBackToTheApplyFormWithTheMessage() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		TomcatClient client = new TomcatClient(this.port);
		client.logIn(seeker.getEmail(), AccountFixture.PASSWORD);
		String form = "/jobs/" + opening.postingId() + "/apply";
		String action = client.page(form).select("form#apply-form").attr("action");

		// over Tomcat's limit and far over it: turned away before they are read
		for (int size : new int[] { 7 * 1024 * 1024, 15 * 1024 * 1024 }) {
			HttpResponse<String> refused = client.upload(action, "resume", "cv.pdf", "application/pdf",
					TestPdfs.ofSize(size));

			assertThat(refused.statusCode()).as("answer to %d bytes", size).isEqualTo(303);
			assertThat(TomcatClient.location(refused)).isEqualTo(form + "?resume=too-big");
			Document page = client.page(TomcatClient.location(refused));
			assertThat(page.select("#resume-error").text())
				.isEqualTo("The file is larger than 5 MB. Please upload a smaller PDF.");
			assertThat(page.select("#resume-upload").hasAttr("checked")).isTrue();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from application where posting_id = ?", Integer.class,
				opening.postingId())).isZero();

		HttpResponse<String> accepted = client.upload(action, "resume", "cv.pdf", "application/pdf",
				TestPdfs.ofSize(5 * 1024 * 1024));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(TomcatClient.location(accepted)).matches("/applications/\\d+");
		assertThat(this.jdbc.queryForObject("select r.size_bytes from application a join application_resume r "
				+ "on r.application_id = a.id where a.posting_id = ?", Integer.class, opening.postingId()))
			.isEqualTo(5 * 1024 * 1024);
	}

}
