package ai.slope.admin;

import java.util.Locale;
import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;

/**
 * The first admin, anonymous browsers, and accounts with names a test can search for (log them in with
 * {@code WebSession.loggedInAs}).
 * (Not a bean: the browser tests' contexts have no MockMvc.)
 */
class AdminSessions {

	static final String PASSWORD = AccountFixture.PASSWORD;

	private final MockMvc mvc;

	private final Accounts accounts;

	AdminSessions(MockMvc mvc, Accounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	Account admin() {
		return this.accounts.findByEmail(WebIntegrationTest.ADMIN_EMAIL).orElseThrow();
	}

	WebSession anonymous() {
		return new WebSession(this.mvc);
	}

	/**
	 * An account whose email and name contain the marker, so a search can find exactly the test's accounts.
	 */
	Account account(String marker, String name, Role role) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		return this.accounts.signUp(new Accounts.SignUp(marker + "-" + unique + "@admin-tests.example", name, PASSWORD,
				role, Locale.ENGLISH));
	}

	Account account(Role role) {
		return account("person", "Person " + UUID.randomUUID().toString().substring(0, 6), role);
	}

	Account makeAdmin() {
		Account account = account(Role.SEEKER);
		this.accounts.changeRole(account.getId(), Role.ADMIN);
		return this.accounts.findById(account.getId()).orElseThrow();
	}

}
