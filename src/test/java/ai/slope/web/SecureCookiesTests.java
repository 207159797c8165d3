package ai.slope.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.SlopeIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Without a site address configured, cookies are {@code Secure} and HSTS is sent exactly when the request came
 * over HTTPS (as Tomcat sees it: directly, or through a proxy believed by {@code server.forward-headers-strategy}).
 * The session cookie, which MockMvc does not show as Tomcat writes it, is checked in {@link ProxiedTomcatTests}.
 */
@SlopeIntegrationTest
class SecureCookiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	private MockHttpServletResponse logIn(boolean secure) throws Exception {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER);
		return this.mvc
			.perform(post("/login").secure(secure)
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr("10.91.0." + (secure ? 1 : 2));
					return request;
				})
				.param("username", account.getEmail())
				.param("password", AccountFixture.PASSWORD)
				.param("remember-me", "on"))
			.andReturn()
			.getResponse();
	}

	@Test
	void anHttpsRequestGetsSecureSameSiteCookiesAndHsts() throws Exception {
		MockHttpServletResponse language = this.mvc.perform(get("/?lang=zh-CN").secure(true)).andReturn().getResponse();
		MockHttpServletResponse login = logIn(true);

		assertThat(language.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		assertThat(language.getCookie("slope-lang").getSecure()).isTrue();
		Cookie rememberMe = login.getCookie("remember-me");
		assertThat(rememberMe.getSecure()).isTrue();
		assertThat(rememberMe.getAttribute("SameSite")).isEqualTo("Lax");
	}

	/**
	 * The Set-Cookie header that sets the cookie of that name (Spring Session writes its cookie as a header).
	 */
	static String setCookie(MockHttpServletResponse response, String name) {
		return response.getHeaders("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith(name + "="))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.getHeaders("Set-Cookie")));
	}

	@Test
	void aPlainHttpRequestGetsSameSiteCookiesWithoutSecureNorHsts() throws Exception {
		MockHttpServletResponse language = this.mvc.perform(get("/?lang=zh-CN")).andReturn().getResponse();
		MockHttpServletResponse login = logIn(false);

		assertThat(language.getHeader("Strict-Transport-Security")).isNull();
		assertThat(language.getCookie("slope-lang").getSecure()).isFalse();
		assertThat(language.getCookie("slope-lang").getAttribute("SameSite")).isEqualTo("Lax");
		Cookie rememberMe = login.getCookie("remember-me");
		assertThat(rememberMe.getSecure()).isFalse();
		assertThat(rememberMe.getAttribute("SameSite")).isEqualTo("Lax");
	}

}
