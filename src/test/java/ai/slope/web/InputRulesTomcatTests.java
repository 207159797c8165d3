package ai.slope.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.slope.SlopeIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Resumes;
import ai.slope.candidates.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input rules through real Tomcat, which MockMvc does not show: the error page a refused parameter gets, and
 * uploads whose file names are long.
 */
@SlopeIntegrationTest
class InputRulesTomcatTests {

	@LocalServerPort
	int port;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	Resumes resumes;

	@Test
	void aFormFieldWithNulGetsTheErrorPageNamingTheFieldInTheReadersLanguage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/signup"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", "zh-CN")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString("email=a%40b.example&displayName=Eve%00&password=x"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("无法提交");
		assertThat(Jsoup.parse(response.body()).select("[role=alert]").text())
			.isEqualTo("“displayName”中含有无法提交的字符：NUL 等控制字符（只允许制表符和换行）。请删除后重新提交。");
	}

	@Test
	void aResumeWithALongFileNameIsSavedUnderAShortenedNameAndAnAbsurdOneGetsAMessage() throws Exception {
		TomcatClient client = new TomcatClient(this.port);
		Account seeker = this.fixture.seeker();
		client.logIn(seeker.getEmail(), AccountFixture.PASSWORD);
		String action = client.page("/profile").select("form[enctype=multipart/form-data]").attr("action");

		HttpResponse<String> accepted = client.upload(action, "resume", "c".repeat(450) + ".pdf", "application/pdf",
				TestPdfs.pdf());
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(this.resumes.info(seeker.getId())).isPresent();

		HttpResponse<String> refused = client.upload(action, "resume", "c".repeat(9000) + ".pdf", "application/pdf",
				TestPdfs.pdf());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
			.isEqualTo("The form could not be read: a field or a file name is too long. Rename the file or shorten the text and send again.");
	}

	@Test
	void theErrorAddressAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/error")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
	}

}
