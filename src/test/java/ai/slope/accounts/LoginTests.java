package ai.slope.accounts;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	WebSession browser;

	Account seeker;

	@BeforeEach
	void createAccount() {
		this.browser = new WebSession(this.mvc);
		this.seeker = AccountFixture.create(this.accounts, Role.SEEKER);
	}

	private int sessionRows(String sessionId) {
		return this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId);
	}

	@Test
	void theLoginPageIsSlopesOwnAndStyled() throws Exception {
		Document login = this.browser.page("/login");

		assertThat(login.select("title").text()).isEqualTo("Log in · Slope");
		assertThat(login.select("link[rel=stylesheet]").eachAttr("href")).anyMatch(href -> href.matches("/css/slope-[0-9a-f]{32}\\.css"));
		assertThat(login.select("label[for=username]").text()).isEqualTo("Email");
		assertThat(login.select("label[for=password]").text()).isEqualTo("Password");
		assertThat(login.select("form[action=/login] input[name=_csrf]")).hasSize(1);
		assertThat(login.select("style, [style], script:not([src])")).isEmpty();
	}

	@Test
	void logsInWithTheEmailInAnyCaseAndShowsTheNameInTheNavbar() throws Exception {
		MockHttpServletResponse response = this.browser.logIn(this.seeker.getEmail().toUpperCase(),
				AccountFixture.PASSWORD);

		assertThat(response.getRedirectedUrl()).isEqualTo("/");
		Document home = this.browser.follow(response);
		assertThat(home.select("#account-menu").text()).isEqualTo(this.seeker.getDisplayName());
		assertThat(home.select(".dropdown-menu form[action=/logout][method=post] input[name=_csrf]")).hasSize(1);
		assertThat(home.select(".account-nav a[href=/login]")).isEmpty();
	}

	@Test
	void aWrongPasswordComesBackWithAMessageAndTheEmailTyped() throws Exception {
		MockHttpServletResponse response = this.browser.logIn(this.seeker.getEmail(), "not the password at all");

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
		Document page = this.browser.follow(response);
		assertThat(page.select("#login-error").text()).contains("do not match an account");
		assertThat(page.select("#username").val()).isEqualTo(this.seeker.getEmail());
		assertThat(page.select("#password").val()).isEmpty();
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(302);
	}

	@Test
	void anUnknownEmailGetsTheSameMessageAsAWrongPassword() throws Exception {
		Document page = this.browser.follow(this.browser.logIn("nobody@nowhere.example", "whatever it may be"));

		assertThat(page.select("#login-error").text()).contains("do not match an account");
	}

	@Test
	void theSessionGetsANewIdAtLogin() throws Exception {
		this.browser.page("/login");
		String before = this.browser.sessionId();
		assertThat(before).isNotNull();
		assertThat(sessionRows(before)).isOne();

		this.browser.post("/login", "username", this.seeker.getEmail(), "password", AccountFixture.PASSWORD);

		String after = this.browser.sessionId();
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(sessionRows(before)).isZero();
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, after))
			.isEqualTo(this.seeker.getEmail());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		this.browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD);
		String session = this.browser.sessionId();
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(200);

		Cookie stolen = this.browser.cookie(WebSession.SESSION_COOKIE);
		MockHttpServletResponse response = this.browser.logOut();

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(this.browser.follow(response).select("[role=status]").text()).isEqualTo("You are logged out.");
		assertThat(sessionRows(session)).isZero();
		WebSession replay = new WebSession(this.mvc);
		MockHttpServletResponse withOldCookie = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/account").cookie(stolen))
			.andReturn()
			.getResponse();
		assertThat(withOldCookie.getStatus()).isEqualTo(302);
		assertThat(withOldCookie.getRedirectedUrl()).endsWith("/login");
		assertThat(replay.get("/account").getStatus()).isEqualTo(302);
	}

	@Test
	void loggingOutNeedsAPostWithTheCsrfToken() throws Exception {
		this.browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD);
		this.browser.page("/account");

		assertThat(this.browser.postWithoutCsrf("/logout").getStatus()).isEqualTo(403);
		assertThat(this.browser.get("/logout").getStatus()).isNotEqualTo(302);
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(200);
	}

	@Test
	void loggingInNeedsTheCsrfToken() throws Exception {
		this.browser.page("/login");
		MockHttpServletResponse response = this.browser.postWithoutCsrf("/login", "username", this.seeker.getEmail(),
				"password", AccountFixture.PASSWORD);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(302);
	}

	@Test
	void rememberMeLogsInAgainWithoutTheSession() throws Exception {
		this.browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD, true);
		Cookie rememberMe = this.browser.cookie("remember-me");
		assertThat(rememberMe).isNotNull();
		assertThat(rememberMe.isHttpOnly()).isTrue();
		assertThat(rememberMe.getMaxAge()).isEqualTo(30 * 24 * 3600);
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				this.seeker.getEmail()))
			.isOne();

		this.browser.forget(WebSession.SESSION_COOKIE);
		Document account = this.browser.page("/account");

		assertThat(account.select("h1").text()).isEqualTo("Your account, " + this.seeker.getDisplayName());
	}

	@Test
	void withoutRememberMeThereIsNoCookie() throws Exception {
		this.browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD, false);

		assertThat(this.browser.cookie("remember-me")).isNull();
		this.browser.forget(WebSession.SESSION_COOKIE);
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(302);
	}

	@Test
	void anonymousVisitorsGoToTheLoginPageAndComeBackAfterwards() throws Exception {
		MockHttpServletResponse response = this.browser.get("/account/password");
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");

		MockHttpServletResponse login = this.browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD);

		assertThat(login.getRedirectedUrl()).contains("/account/password");
	}

	@Test
	void aSuspendedAccountCannotLogInNorUseItsRememberMeCookie() throws Exception {
		WebSession remembered = new WebSession(this.mvc);
		remembered.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD, true);
		remembered.forget(WebSession.SESSION_COOKIE);
		WebSession loggedIn = new WebSession(this.mvc);
		loggedIn.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD);
		assertThat(loggedIn.get("/account").getStatus()).isEqualTo(200);

		this.accounts.suspend(this.seeker.getId());

		Document page = this.browser.follow(this.browser.logIn(this.seeker.getEmail(), AccountFixture.PASSWORD));
		assertThat(page.select("#login-error").text()).contains("suspended");
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(302);
		assertThat(remembered.get("/account").getStatus()).isEqualTo(302);
		assertThat(loggedIn.get("/account").getStatus()).as("their sessions end").isEqualTo(302);
		Document wrongPassword = new WebSession(this.mvc)
			.follow(new WebSession(this.mvc).logIn(this.seeker.getEmail(), "a wrong guess here"));
		assertThat(wrongPassword.select("#login-error").text()).as("a wrong guess does not learn of the suspension")
			.doesNotContain("suspended");

		this.accounts.reactivate(this.seeker.getId());
		assertThat(new WebSession(this.mvc).logIn(this.seeker.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl())
			.isEqualTo("/");
	}

}
