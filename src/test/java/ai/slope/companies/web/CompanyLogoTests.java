package ai.slope.companies.web;

import java.util.Arrays;

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
import ai.slope.accounts.WebSession;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyFixture;
import ai.slope.companies.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@WebIntegrationTest
class CompanyLogoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Companies companies;

	@Autowired
	CompanyFixture fixture;

	@Autowired
	org.springframework.context.MessageSource messages;

	/**
	 * Uploads through the page's own logo form (whose hidden field carries the CSRF token) in the browser's session.
	 */
	private MockHttpServletResponse upload(WebSession browser, String fileName, String declaredType, byte[] bytes)
			throws Exception {
		Document page = browser.page("/recruiter/company");
		String action = page.select("form[enctype=multipart/form-data]").attr("action");
		assertThat(action).isEqualTo("/recruiter/company/logo");
		String csrf = page.select("form[enctype=multipart/form-data] input[name=_csrf]").val();
		return this.mvc
			.perform(multipart(action).file(new MockMultipartFile("logo", fileName, declaredType, bytes))
				.param("_csrf", csrf)
				.cookie(browser.cookie(WebSession.SESSION_COOKIE)))
			.andReturn()
			.getResponse();
	}

	private Company companyWithBrowser(Account recruiter, String name) {
		return this.fixture.company(recruiter, name);
	}

	@Test
	void aPngNamedJpgIsAcceptedAndServedAsPngWithCachingHeaders() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Pixel Forge");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		byte[] png = TestImages.png(128, 128);

		MockHttpServletResponse uploaded = upload(browser, "logo.jpg", "image/jpeg", png);

		assertThat(uploaded.getRedirectedUrl()).isEqualTo("/recruiter/company#logo");
		Document page = browser.page("/recruiter/company");
		assertThat(page.select("[role=status]").text()).isEqualTo("The logo is saved.");
		String version = this.companies.findById(company.getId()).orElseThrow().getLogoVersion();
		assertThat(version).hasSize(64);
		String src = "/companies/" + company.getSlug() + "/logo?v=" + version;
		assertThat(page.select("img.company-logo").attr("src")).isEqualTo(src);
		assertThat(this.jdbc.queryForMap("select content_type, width, height from company_logo where company_id = ?",
				company.getId()))
			.containsEntry("content_type", "image/png")
			.containsEntry("width", 128)
			.containsEntry("height", 128);

		MockHttpServletResponse served = this.mvc.perform(get(src)).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(TestImages.samePixels(served.getContentAsByteArray(), png)).isTrue();
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
		assertThat(served.getHeader("ETag")).isEqualTo("\"" + version + "\"");

		MockHttpServletResponse unversioned = this.mvc.perform(get("/companies/" + company.getSlug() + "/logo"))
			.andReturn()
			.getResponse();
		assertThat(unversioned.getHeader("Cache-Control")).contains("no-cache");
		MockHttpServletResponse again = this.mvc
			.perform(get("/companies/" + company.getSlug() + "/logo").header("If-None-Match", "\"" + version + "\""))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();

		Document publicPage = new WebSession(this.mvc).page("/companies/" + company.getSlug());
		assertThat(publicPage.select("img.company-logo").attr("src")).isEqualTo(src);
		assertThat(publicPage.select("img.company-logo").attr("alt")).isEqualTo("Logo of " + company.getName());
	}

	@Test
	void jpegAndWebpAreAcceptedWhateverTheyAreCalledAndServedAsWrittenAnew() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Format Friends");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);

		upload(browser, "photo", "application/octet-stream", TestImages.jpeg(200, 100));
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug() + "/logo")).andReturn().getResponse()
			.getContentType()).isEqualTo("image/jpeg");

		upload(browser, "logo.png", "image/png", TestImages.webp(256, 256));
		MockHttpServletResponse served = this.mvc.perform(get("/companies/" + company.getSlug() + "/logo"))
			.andReturn()
			.getResponse();
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(TestImages.samePixels(served.getContentAsByteArray(), TestImages.webp(256, 256))).isTrue();

		byte[] pngThenHtml = TestImages.followedBy(TestImages.png(64, 64), "<html><script>alert(1)</script>");
		upload(browser, "logo.png", "image/png", pngThenHtml);
		byte[] stored = this.mvc.perform(get("/companies/" + company.getSlug() + "/logo")).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("<html")
			.doesNotContain("script");
		assertThat(TestImages.samePixels(stored, TestImages.png(64, 64))).isTrue();
	}

	@Test
	void aWebpHeaderFollowedByHtmlIsRefusedBesideTheField() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Riff Raff");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		byte[] forged = TestImages.followedBy(TestImages.webpHeader(64, 64),
				"<html><body><script>alert(document.cookie)</script></body></html>");

		MockHttpServletResponse refused = upload(browser, "logo.webp", "image/webp", forged);

		assertThat(refused.getRedirectedUrl()).isEqualTo("/recruiter/company#logo");
		assertThat(browser.page("/recruiter/company").select("#logo-error").text())
			.isEqualTo(this.messages.getMessage("companies.error.logo.unreadable", null, java.util.Locale.ENGLISH));
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();
	}

	@Test
	void aTextFileNamedPngIsRefusedAndTheOldLogoStays() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Honest Files");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		upload(browser, "good.png", "image/png", TestImages.png(64, 64));
		String version = this.companies.findById(company.getId()).orElseThrow().getLogoVersion();

		MockHttpServletResponse refused = upload(browser, "logo.png", "image/png", TestImages.text());

		assertThat(refused.getRedirectedUrl()).isEqualTo("/recruiter/company#logo");
		assertThat(browser.page("/recruiter/company").select("#logo-error").text())
			.isEqualTo("This file is not a PNG, JPEG or WebP image, whatever its name says. Please upload one of those.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().getLogoVersion()).isEqualTo(version);
	}

	@Test
	void anSvgIsRefusedSinceItCanCarryScript() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Vector Co");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();

		upload(browser, "logo.svg", "image/svg+xml", svg);

		assertThat(browser.page("/recruiter/company").select("#logo-error").text()).contains("not a PNG, JPEG or WebP");
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug() + "/logo")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aFileOverOneMegabyteIsRefused() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Heavy Pixels");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		byte[] big = Arrays.copyOf(TestImages.png(64, 64), 1024 * 1024 + 1);

		upload(browser, "big.png", "image/png", big);

		assertThat(browser.page("/recruiter/company").select("#logo-error").text())
			.isEqualTo("The file is larger than 1 MB. Please upload a smaller image.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();
	}

	@Test
	void theLogoCanBeRemoved() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "Fleeting Marks");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		upload(browser, "logo.png", "image/png", TestImages.png(32, 32));
		browser.page("/recruiter/company");

		MockHttpServletResponse removed = browser.post("/recruiter/company/logo/remove");

		assertThat(browser.follow(removed).select("[role=status]").text()).isEqualTo("The logo is removed.");
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from company_logo where company_id = ?", Integer.class,
				company.getId())).isZero();
		assertThat(this.mvc.perform(get("/companies/" + company.getSlug() + "/logo")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsForbidden() throws Exception {
		Account recruiter = this.fixture.recruiter();
		Company company = companyWithBrowser(recruiter, "No Token");
		WebSession browser = WebSession.loggedInAs(this.mvc, recruiter);
		Cookie session = browser.cookie(WebSession.SESSION_COOKIE);

		MockHttpServletResponse refused = this.mvc
			.perform(multipart("/recruiter/company/logo")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", TestImages.png(32, 32)))
				.cookie(session))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(this.companies.findById(company.getId()).orElseThrow().hasLogo()).isFalse();
	}

}
