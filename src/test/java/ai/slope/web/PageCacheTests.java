package ai.slope.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ai.slope.SlopeIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobPostingRepository;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.PostingViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Whole pages kept for visitors without a login: answered from the cache within the period, never to a signed-in
 * person or a visitor with a session, per language and htmx request, never when the answer set a cookie or was not
 * a page, with the security headers and a job page's view counted on every answer.
 */
@SlopeIntegrationTest
class PageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FilterRegistrationBean<PageCache> registration;

	@Autowired
	PostingFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	JobPostingRepository postings;

	@Autowired
	PostingViews views;

	@Autowired
	JdbcTemplate jdbc;

	PageCache cache;

	@BeforeEach
	void keepPages() {
		this.cache = this.registration.getFilter();
		this.cache.keepFor(Duration.ofMinutes(5));
	}

	@AfterEach
	void keepNone() {
		this.cache.keepFor(Duration.ZERO);
	}

	@Test
	void aVisitorGetsTheKeptPageUntilItIsForgottenAndEveryViewIsCounted() throws Exception {
		JobPosting posting = posting("Kept page scientist");
		String path = path(posting);

		MockHttpServletResponse first = visit(get(path));
		retitle(posting, "Renamed page scientist");
		MockHttpServletResponse second = visit(get(path));

		assertThat(title(first)).isEqualTo("Kept page scientist");
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		// the security filters write their headers on an answer from the cache too
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
			.isNotNull();
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		this.views.flush();
		assertThat(this.postings.findById(posting.getId()).orElseThrow().getViewCount()).isEqualTo(2);

		this.cache.keepFor(Duration.ofMinutes(5));
		assertThat(title(visit(get(path)))).isEqualTo("Renamed page scientist");
	}

	@Test
	void aSignedInPersonOrAVisitorWithASessionNeverGetsAKeptPage() throws Exception {
		JobPosting posting = posting("Private view scientist");
		String path = path(posting);
		visit(get(path));
		retitle(posting, "Fresh view scientist");

		assertThat(title(visit(get(path)))).isEqualTo("Private view scientist");
		WebSession seeker = WebSession.loggedInAs(this.mvc, this.candidates.seeker());
		assertThat(seeker.page(path).select("h1").text()).isEqualTo("Fresh view scientist");
		// a visitor whose session holds something (here the login form's CSRF token; a flash message) is not either
		WebSession visitor = new WebSession(this.mvc);
		visitor.get("/login");
		assertThat(visitor.page(path).select("h1").text()).isEqualTo("Fresh view scientist");
		// a session cookie that names no session is no session
		assertThat(title(visit(get(path).cookie(new Cookie(WebSession.SESSION_COOKIE, "bm8tc3VjaC1zZXNzaW9u")))))
			.isEqualTo("Private view scientist");
	}

	@Test
	void eachLanguageAndHtmxRequestHasItsOwnPage() throws Exception {
		JobPosting posting = posting("Bilingual page scientist");
		String search = "/jobs?q=" + posting.getTitle().replace(' ', '+');

		MockHttpServletResponse english = visit(get(search));
		MockHttpServletResponse chinese = visit(get(search).header("Accept-Language", "zh-CN"));
		MockHttpServletResponse chineseByCookie = visit(
				get(search).cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "zh-CN")));
		MockHttpServletResponse fragment = visit(get(search).header("HX-Request", "true"));
		MockHttpServletResponse fragmentAgain = visit(get(search).header("HX-Request", "true"));

		assertThat(Jsoup.parse(english.getContentAsString()).select("html").attr("lang")).isEqualTo("en");
		assertThat(Jsoup.parse(chinese.getContentAsString()).select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(chineseByCookie.getContentAsString()).isEqualTo(chinese.getContentAsString());
		assertThat(fragment.getContentAsString()).doesNotContain("<html").contains("Bilingual page scientist");
		assertThat(fragmentAgain.getContentAsString()).isEqualTo(fragment.getContentAsString());
		assertThat(fragmentAgain.getHeader("HX-Push-Url")).isEqualTo(fragment.getHeader("HX-Push-Url")).isNotNull();
		assertThat(fragmentAgain.getHeaders("Vary")).contains("HX-Request");
		assertThat(this.cache.size()).isEqualTo(3);
	}

	@Test
	void answersThatSetACookieOrAreNotAPageAreNotKept() throws Exception {
		JobPosting posting = posting("Unkept answer scientist");

		MockHttpServletResponse switched = visit(get(path(posting) + "?lang=zh-CN"));
		visit(get("/jobs?page=0"));
		visit(get("/jobs/" + posting.getId()));
		visit(get("/api/v1/jobs?q=unkept"));
		visit(get("/jobs/999999999-nothing"));

		assertThat(switched.getHeader("Set-Cookie")).contains(WebConfiguration.LANGUAGE_COOKIE);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aLanguageCookieThatNamesNoLanguageIsAsNone() throws Exception {
		JobPosting posting = posting("Odd cookie scientist");

		MockHttpServletResponse page = visit(
				get(path(posting)).cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "no_such-language!")));
		MockHttpServletResponse api = visit(
				get("/api/v1/jobs").cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "no_such-language!")));

		assertThat(title(page)).isEqualTo("Odd cookie scientist");
		assertThat(Jsoup.parse(page.getContentAsString()).select("html").attr("lang")).isEqualTo("en");
		assertThat(api.getStatus()).isEqualTo(200);
	}

	private JobPosting posting(String title) {
		Company company = this.fixture.company("Page Cache Labs " + title.hashCode());
		return this.fixture.posting(company, "research-scientist", title).save();
	}

	/** A new title in the database, under the same address. */
	private void retitle(JobPosting posting, String title) {
		this.jdbc.update("update job_posting set title = ? where id = ?", title, posting.getId());
	}

	private static String path(JobPosting posting) {
		return "/jobs/" + posting.getId() + "-" + posting.getSlug();
	}

	private MockHttpServletResponse visit(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String title(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString()).select("h1").text();
	}

}
