package ai.slope.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The links that switch a page to the other language keep the page's own address and nothing a form sent.
 */
@SlopeIntegrationTest
class LanguageLinksTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageLinksToItselfWithItsQuery() throws Exception {
		Document page = page(this.mvc.perform(get("/jobs?q=rust&remote=remote&lang=en")).andReturn().getResponse()
			.getContentAsString());

		assertThat(page.select(".language-switch a[lang=zh-CN]").attr("href"))
			.isEqualTo("/jobs?q=rust&remote=remote&lang=zh-CN");
	}

	@Test
	void aFormThatCameBackWithErrorsLinksToThePageOfTheFormAndNeverToWhatWasTyped() throws Exception {
		String html = this.mvc
			.perform(withCsrf(post("/signup"))
				.header("Referer", "http://localhost/signup?role=RECRUITER")
				.param("email", "someone@example.com")
				.param("displayName", "Someone")
				.param("password", "password123")
				.param("role", "RECRUITER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = page(html);

		assertThat(page.select("#password-error").text()).isNotEmpty();
		String chinese = page.select(".language-switch a[lang=zh-CN]").attr("href");
		assertThat(chinese).isEqualTo("/signup?role=RECRUITER&lang=zh-CN");
		assertThat(html).doesNotContain("password123");
	}

	@Test
	void aFormFromAnotherSiteLinksHome() throws Exception {
		Document page = page(this.mvc
			.perform(withCsrf(post("/signup"))
				.header("Referer", "https://elsewhere.example/signup?x=1")
				.param("email", "x")
				.param("password", "secret-secret"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".language-switch a[lang=en]").attr("href")).isEqualTo("/?lang=en");
	}

	/**
	 * The request with the session cookie and CSRF token of a sign-up page just read.
	 */
	private MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse form = this.mvc.perform(get("/signup")).andReturn().getResponse();
		String token = page(form.getContentAsString()).select("input[name=_csrf]").val();
		return request.cookie(form.getCookies()).param("_csrf", token);
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

}
