package ai.slope.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RemotePolicy;
import ai.slope.salaries.SalaryPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What an outside tester saw of the operations endpoints, the absolute links and the cookies, with the site's
 * address configured as {@code https://slope.test} (as {@link WebIntegrationTest} has it) and requests that
 * name another host.
 */
@WebIntegrationTest
class OperationsTests {

	static final String BASE = "https://slope.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	PostingFixture postings;

	private MockHttpServletResponse fromEvilHost(String url) throws Exception {
		return this.mvc.perform(get(url).header("Host", "evil.example").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse();
	}

	private JobPosting posting(String title) {
		Company company = this.postings.company("Canonical Works");
		return this.postings.posting(company, "research-scientist", title)
			.location(RemotePolicy.REMOTE, null, "GB")
			.salary(100_000, 150_000, "GBP", SalaryPeriod.YEAR)
			.save();
	}

	@Test
	void aPostingPageFromAnotherHostLinksToTheConfiguredAddress() throws Exception {
		JobPosting job = posting("Host Header Researcher");
		String url = "/jobs/" + job.getId() + "-" + job.getSlug();

		MockHttpServletResponse response = fromEvilHost(url);

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + url);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + url);
		String jsonLd = page.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"" + BASE + url + "\"")
			.contains("\"" + BASE + "/companies/" + job.getCompany().getSlug() + "\"");
		assertThat(response.getContentAsString()).doesNotContain("evil.example");
	}

	@Test
	void theFeedFromAnotherHostLinksToTheConfiguredAddress() throws Exception {
		JobPosting job = posting("Feed Host Researcher");

		MockHttpServletResponse response = fromEvilHost("/jobs/feed.atom");

		assertThat(response.getStatus()).isEqualTo(200);
		String feed = response.getContentAsString();
		assertThat(feed).contains("<id>" + BASE + "/jobs/feed.atom</id>")
			.contains("href=\"" + BASE + "/jobs/" + job.getId() + "-" + job.getSlug() + "\"")
			.doesNotContain("evil.example");
	}

	@Test
	void theApiDocumentNamesTheConfiguredServer() throws Exception {
		String document = fromEvilHost("/v3/api-docs").getContentAsString();

		assertThat(document).contains(BASE).doesNotContain("evil.example");
	}

	@Test
	void anonymousPeopleLearnOnlyWhetherSlopeIsUp() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness", "/livez", "/readyz" }) {
			MockHttpServletResponse health = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(health.getStatus()).as(path).isEqualTo(200);
			assertThat(health.getContentAsString()).as(path)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components")
				.doesNotContain("details");
		}
		for (String path : new String[] { "/actuator", "/actuator/prometheus", "/actuator/info",
				"/actuator/health/db" }) {
			MockHttpServletResponse refused = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(refused.getStatus()).as(path).isEqualTo(302);
			assertThat(refused.getRedirectedUrl()).as(path).isEqualTo("/login");
		}
	}

	@Test
	void aSeekerCannotReadMetricsOrHealthDetails() throws Exception {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession seeker = WebSession.loggedInAs(this.mvc, account);

		assertThat(seeker.get("/actuator").getStatus()).isEqualTo(403);
		assertThat(seeker.get("/actuator/prometheus").getStatus()).isEqualTo(403);
		assertThat(seeker.get("/actuator/health/db").getStatus()).isEqualTo(403);
		assertThat(seeker.get("/actuator/health").getContentAsString()).contains("\"status\":\"UP\"")
			.doesNotContain("components");
	}

	@Test
	void anAdminReadsMetricsAndHealthDetails() throws Exception {
		WebSession admin = WebSession.loggedInAsAdmin(this.mvc);

		MockHttpServletResponse metrics = admin.get("/actuator/prometheus");
		assertThat(metrics.getStatus()).isEqualTo(200);
		assertThat(metrics.getContentAsString()).contains("jvm_memory_used_bytes");
		assertThat(admin.get("/actuator/health").getContentAsString()).contains("\"components\"").contains("\"db\"");
	}

	@Test
	void withAnHttpsAddressEveryCookieIsSecureAndHstsIsSentEvenOverPlainHttp() throws Exception {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession browser = new WebSession(this.mvc);

		MockHttpServletResponse home = browser.get("/?lang=zh-CN");
		MockHttpServletResponse login = browser.logIn(account.getEmail(), AccountFixture.PASSWORD, true);

		assertThat(home.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		Cookie language = home.getCookie("slope-lang");
		assertThat(language.getSecure()).isTrue();
		assertThat(language.getAttribute("SameSite")).isEqualTo("Lax");
		Cookie rememberMe = login.getCookie("remember-me");
		assertThat(rememberMe.getSecure()).isTrue();
		assertThat(rememberMe.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(rememberMe.isHttpOnly()).isTrue();
		assertThat(SecureCookiesTests.setCookie(login, WebSession.SESSION_COOKIE)).contains("; Secure");
	}

}
