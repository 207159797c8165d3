package ai.slope.accounts;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ai.slope.WebIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A person's browser in MockMvc: it keeps the cookies it is given (the Spring Session cookie, remember-me,
 * language), sends the CSRF token of the last page it read with each form, and comes from an address of
 * its own (so the throttling of one test does not touch another). A test that needs someone logged in starts from
 * {@link #loggedInAs(MockMvc, Account)}; {@link #logIn(String, String)} is for the tests of logging in itself.
 */
public final class WebSession {

	public static final String SESSION_COOKIE = "SESSION";

	private static final AtomicInteger addresses = new AtomicInteger();

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String remoteAddress;

	private String csrfToken;

	private Locale locale = Locale.ENGLISH;

	public WebSession(MockMvc mvc) {
		this.mvc = mvc;
		int n = addresses.incrementAndGet();
		this.remoteAddress = "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	/**
	 * A browser in the account's language, logged in as the account: one made by a fixture (whose password is
	 * {@link AccountFixture#PASSWORD}) or the first admin of {@link WebIntegrationTest}. Fails the test if the login
	 * does not succeed. The browser has read the login page only: read a page before posting a form.
	 */
	public static WebSession loggedInAs(MockMvc mvc, Account account) throws Exception {
		return loggedInAs(mvc, account, account.getLanguage());
	}

	/**
	 * A browser in the given language (which becomes the language of the account's mails), logged in as the account.
	 */
	public static WebSession loggedInAs(MockMvc mvc, Account account, Locale language) throws Exception {
		String password = account.getEmail().equalsIgnoreCase(WebIntegrationTest.ADMIN_EMAIL)
				? WebIntegrationTest.ADMIN_PASSWORD : AccountFixture.PASSWORD;
		return new WebSession(mvc).in(language).loggedIn(account.getEmail(), password);
	}

	/**
	 * A browser logged in as the first admin of {@link WebIntegrationTest}.
	 */
	public static WebSession loggedInAsAdmin(MockMvc mvc) throws Exception {
		return new WebSession(mvc).loggedIn(WebIntegrationTest.ADMIN_EMAIL, WebIntegrationTest.ADMIN_PASSWORD);
	}

	private WebSession loggedIn(String email, String password) throws Exception {
		MockHttpServletResponse login = logIn(email, password);
		String target = login.getRedirectedUrl();
		if (target == null || target.contains("/login")) {
			throw new AssertionError("Could not log in as " + email + ": " + login.getStatus() + " " + target);
		}
		return this;
	}

	public WebSession from(String address) {
		this.remoteAddress = address;
		return this;
	}

	public WebSession in(Locale locale) {
		this.locale = locale;
		return this;
	}

	/**
	 * The CSRF token of the last page read that had one.
	 */
	public String csrfToken() {
		return this.csrfToken;
	}

	public String address() {
		return this.remoteAddress;
	}

	public MockHttpServletResponse get(String url) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
	}

	public Document page(String url) throws Exception {
		return Jsoup.parse(get(url).getContentAsString());
	}

	/**
	 * Posts a form with the CSRF token of the last page read.
	 */
	public MockHttpServletResponse post(String url, String... nameValuePairs) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(url);
		if (this.csrfToken != null) {
			request.param("_csrf", this.csrfToken);
		}
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		return perform(request);
	}

	/**
	 * Posts a JSON body (no CSRF token: the JSON API that takes one does not ask for it).
	 */
	public MockHttpServletResponse postJson(String url, String json) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * Uploads a file in a multipart form, with the CSRF token of the last page read.
	 */
	public MockHttpServletResponse upload(String url, String field, String fileName, String contentType,
			byte[] content) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
			.file(new org.springframework.mock.web.MockMultipartFile(field, fileName, contentType, content));
		if (this.csrfToken != null) {
			request.param("_csrf", this.csrfToken);
		}
		return perform(request);
	}

	/**
	 * Sends any request with the cookies and, with {@code csrf}, the CSRF token of the last page read as a
	 * parameter.
	 */
	public MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, boolean csrf)
			throws Exception {
		if (csrf && this.csrfToken != null) {
			request.param("_csrf", this.csrfToken);
		}
		return perform(request);
	}

	/**
	 * Posts a form without any CSRF token.
	 */
	public MockHttpServletResponse postWithoutCsrf(String url, String... nameValuePairs) throws Exception {
		String token = this.csrfToken;
		this.csrfToken = null;
		try {
			return post(url, nameValuePairs);
		}
		finally {
			this.csrfToken = token;
		}
	}

	/**
	 * Reads the login page and logs in; the answer is the redirect after the attempt.
	 */
	public MockHttpServletResponse logIn(String email, String password, boolean rememberMe) throws Exception {
		page("/login");
		return rememberMe ? post("/login", "username", email, "password", password, "remember-me", "on")
				: post("/login", "username", email, "password", password);
	}

	public MockHttpServletResponse logIn(String email, String password) throws Exception {
		return logIn(email, password, false);
	}

	public MockHttpServletResponse logOut() throws Exception {
		page("/account");
		return post("/logout");
	}

	/**
	 * Follows a redirect (to a path in Slope) and reads the page.
	 */
	public Document follow(MockHttpServletResponse redirect) throws Exception {
		String location = redirect.getRedirectedUrl();
		if (location == null) {
			throw new AssertionError("Not a redirect: " + redirect.getStatus());
		}
		return page(location.replaceFirst("^https?://[^/]+", ""));
	}

	public Cookie cookie(String name) {
		return this.cookies.get(name);
	}

	/**
	 * The id of the session in the session table, decoded from the session cookie, or null.
	 */
	public String sessionId() {
		Cookie cookie = this.cookies.get(SESSION_COOKIE);
		return (cookie == null) ? null : new String(Base64.getDecoder().decode(cookie.getValue()));
	}

	public void forget(String cookieName) {
		this.cookies.remove(cookieName);
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.locale(this.locale).with(r -> {
			r.setRemoteAddr(this.remoteAddress);
			return r;
		});
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		for (Cookie cookie : response.getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		String type = response.getContentType();
		if (type != null && type.startsWith("text/html")) {
			Element csrf = Jsoup.parse(response.getContentAsString()).selectFirst("input[name=_csrf]");
			if (csrf != null) {
				this.csrfToken = csrf.val();
			}
		}
		return response;
	}

}
