package ai.slope.accounts.web;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;
import ai.slope.web.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Control characters, huge numbers and malformed list indexes in every form of sign-up, login, password reset
 * and the account pages: 400 with nothing changed for control characters, never a 5xx.
 */
@WebIntegrationTest
class AccountsHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void theAnonymousFormsRefuseControlCharactersAndNeverFail() throws Exception {
		WebSession visitor = new WebSession(this.mvc);
		new HostileInput(visitor, this.jdbc).formsOn("/signup", "/signup?as=recruiter", "/password/forgot", "/login")
			.post("/password/reset", Map.of("token", "not-a-token", "password", "a long new passphrase"), "token",
					"password")
			.get("/password/reset", Map.of(), "token")
			.get("/signup", Map.of(), "as")
			.get("/login", Map.of(), "error", "logout")
			.verify();
	}

	@Test
	void theAccountPagesRefuseControlCharactersAndNeverFail() throws Exception {
		Account seeker = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		new HostileInput(browser, this.jdbc).formsOn("/account/password").get("/account", Map.of(), "lang").verify();
	}

	@Test
	void aReplayedRememberMeCookieEndsInTheLoginPageWithAMessageNotAnError() throws Exception {
		Account seeker = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession browser = new WebSession(this.mvc);
		browser.logIn(seeker.getEmail(), AccountFixture.PASSWORD, true);
		Cookie copied = browser.cookie("remember-me");
		browser.forget(WebSession.SESSION_COOKIE);
		assertThat(browser.get("/account").getStatus()).as("the owner's browser logs in again, renewing the token")
			.isEqualTo(200);

		MockHttpServletResponse replayed = this.mvc.perform(get("/account").cookie(copied)).andReturn().getResponse();

		assertThat(replayed.getStatus()).isEqualTo(302);
		assertThat(replayed.getRedirectedUrl()).isEqualTo("/login?stolen");
		assertThat(new WebSession(this.mvc).page("/login?stolen").select("[role=alert]").text())
			.isEqualTo("Your saved login was used elsewhere, so it was ended for your safety. Please log in again.");
		assertThat(this.jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
				seeker.getEmail()))
			.as("every remember-me login of the account is forgotten")
			.isZero();
	}

}
