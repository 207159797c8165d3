package ai.slope.companies.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyFixture;
import ai.slope.companies.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the limit, through real Tomcat: MockMvc does not parse multipart requests, so only a real
 * server shows that Tomcat's refusal becomes the page's message rather than an error page, with the CSRF
 * token still read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LogoUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	CompanyFixture fixture;

	@Autowired
	Companies companies;

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
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return this.http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aFileOverTheLimitGetsTheMessageBesideTheFormNotAnErrorPage() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = this.fixture.company(recruiter, "Oversized Art");
		logIn(recruiter);
		String action = page("/recruiter/company").select("form[enctype=multipart/form-data]").attr("action");

		// just over the limit (refused by the logo check) and well over it (turned away before it is read)
		for (int size : new int[] { 1024 * 1024 + 1, 3 * 1024 * 1024, 12 * 1024 * 1024 }) {
			HttpResponse<String> refused = upload(action, Arrays.copyOf(TestImages.png(64, 64), size));

			assertThat(refused.statusCode()).as("answer to %d bytes", size).isIn(302, 303);
			String location = refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
			assertThat(location).startsWith("/recruiter/company").endsWith("#logo");
			assertThat(page(location.replaceFirst("#.*", "")).select("#logo-error").text())
				.isEqualTo("The file is larger than 1 MB. Please upload a smaller image.");
		}
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();

		HttpResponse<String> accepted = upload(action, TestImages.png(64, 64));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(page("/recruiter/company").select("[role=status]").text()).isEqualTo("The logo is saved.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isTrue();
	}

}
