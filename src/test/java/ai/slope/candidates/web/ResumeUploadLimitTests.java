package ai.slope.candidates.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.Resumes;
import ai.slope.candidates.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A résumé over the limit, through real Tomcat: MockMvc does not parse multipart requests, so only a real
 * server shows that Tomcat's refusal becomes the page's message rather than an error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResumeUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	Resumes resumes;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private void logIn(Account account) throws Exception {
		String csrf = page("/login").select("input[name=_csrf]").val();
		String form = "username=" + URLEncoder.encode(account.getEmail(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(AccountFixture.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	private HttpResponse<String> upload(String action, byte[] file) throws Exception {
		String boundary = "----slope" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"cv.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return this.http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aResumeOverFiveMegabytesGetsTheMessageOnTheProfilePageNotAnErrorPage() throws Exception {
		Account seeker = this.fixture.seeker();
		logIn(seeker);
		String action = page("/profile").select("form[enctype=multipart/form-data]").attr("action");

		// just over the limit (refused by the résumé check), over Tomcat's limit, and far over it (both turned
		// away before they are read)
		for (int size : new int[] { 5 * 1024 * 1024 + 1, 7 * 1024 * 1024, 15 * 1024 * 1024 }) {
			HttpResponse<String> refused = upload(action, TestPdfs.ofSize(size));

			assertThat(refused.statusCode()).as("answer to %d bytes", size).isIn(302, 303);
			String location = refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
			assertThat(location).startsWith("/profile").endsWith("#resume");
			assertThat(page(location.replaceFirst("#.*", "")).select("#resume-error").text())
				.isEqualTo("The file is larger than 5 MB. Please upload a smaller PDF.");
		}
		assertThat(this.resumes.info(seeker.getId())).isEmpty();

		HttpResponse<String> accepted = upload(action, TestPdfs.ofSize(5 * 1024 * 1024));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(page("/profile").select("[role=status]").text()).isEqualTo("Your résumé is saved.");
		assertThat(this.resumes.info(seeker.getId()).orElseThrow().sizeBytes()).isEqualTo(5 * 1024 * 1024);
	}

}
