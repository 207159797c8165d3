package ai.slope.companies.web;

import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ai.slope.SlopeIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyFixture;
import ai.slope.companies.TestImages;
import ai.slope.web.TomcatClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the limit, through real Tomcat: MockMvc does not parse multipart requests, so only a real
 * server shows that Tomcat's refusal becomes the page's message rather than an error page, with the CSRF
 * token still read.
 */
@SlopeIntegrationTest
class LogoUploadLimitTests {

	@LocalServerPort
	int port;

	TomcatClient client;

	@Autowired
	CompanyFixture fixture;

	@Autowired
	Companies companies;

	@Test
	void aFileOverTheLimitGetsTheMessageBesideTheFormNotAnErrorPage() throws Exception {
		this.client = new TomcatClient(this.port);
		Account recruiter = this.fixture.recruiter();
		Company company = this.fixture.company(recruiter, "Oversized Art");
		this.client.logIn(recruiter.getEmail(), AccountFixture.PASSWORD);
		String action = this.client.page("/recruiter/company").select("form[enctype=multipart/form-data]").attr("action");

		// just over the limit (refused by the logo check) and well over it (turned away before it is read)
		for (int size : new int[] { 1024 * 1024 + 1, 3 * 1024 * 1024, 12 * 1024 * 1024 }) {
			HttpResponse<String> refused = this.client.upload(action, "logo", "logo.png", "image/png", Arrays.copyOf(TestImages.png(64, 64), size));

			assertThat(refused.statusCode()).as("answer to %d bytes", size).isIn(302, 303);
			String location = TomcatClient.location(refused);
			assertThat(location).startsWith("/recruiter/company").endsWith("#logo");
			assertThat(this.client.page(location.replaceFirst("#.*", "")).select("#logo-error").text())
				.isEqualTo("The file is larger than 1 MB. Please upload a smaller image.");
		}
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();

		HttpResponse<String> accepted = this.client.upload(action, "logo", "logo.png", "image/png", TestImages.png(64, 64));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(this.client.page("/recruiter/company").select("[role=status]").text()).isEqualTo("The logo is saved.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isTrue();
	}

	@Test
	void theUploadFormSendsItsCsrfTokenInTheBodyNeverInTheAddress() throws Exception {
		this.client = new TomcatClient(this.port);
		Account recruiter = this.fixture.recruiter();
		Company company = this.fixture.company(recruiter, "Token Bodies");
		this.client.logIn(recruiter.getEmail(), AccountFixture.PASSWORD);
		var form = this.client.page("/recruiter/company").select("form[enctype=multipart/form-data]");
		String token = form.select("input[type=hidden][name=_csrf]").val();

		assertThat(form.attr("action")).isEqualTo("/recruiter/company/logo");
		assertThat(token).isNotEmpty();
		HttpResponse<String> withoutToken = this.client.upload("/recruiter/company/logo", null, "logo", "logo.png",
				"image/png", TestImages.png(64, 64));
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();

		HttpResponse<String> withTokenInBody = this.client.upload("/recruiter/company/logo", token, "logo", "logo.png",
				"image/png", TestImages.png(64, 64));
		assertThat(withTokenInBody.statusCode()).isEqualTo(302);
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isTrue();
	}

}
