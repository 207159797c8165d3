package ai.slope.candidates;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.AccountsIntegrationTest;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;

/**
 * Job seekers, their profiles and their logged-in browsers, made through the real services.
 */
@Component
public class CandidateFixture {

	private final Accounts accounts;

	private final CandidateProfiles profiles;

	CandidateFixture(Accounts accounts, CandidateProfiles profiles) {
		this.accounts = accounts;
		this.profiles = profiles;
	}

	public Account seeker() {
		return AccountFixture.create(this.accounts, Role.SEEKER);
	}

	public Account seeker(Locale language) {
		return AccountFixture.create(this.accounts, Role.SEEKER, language);
	}

	public Account account(Role role) {
		return AccountFixture.create(this.accounts, role);
	}

	/**
	 * A profile with a headline, a country and the given skills.
	 */
	public CandidateProfile profile(Account seeker, String headline, String skills) {
		return this.profiles.save(seeker.getId(), null, input(headline, skills));
	}

	public static CandidateProfiles.ProfileInput input(String headline, String skills) {
		return new CandidateProfiles.ProfileInput(headline, "", "DE", "Berlin", true, false, "4",
				List.of("research-engineer"), List.of("SENIOR"), "", "", skills, "", "", "", "", "");
	}

	/**
	 * A recruiter's browser, or the first admin's (the one admin of the shared test context: tests count it),
	 * logged in and on their account page.
	 */
	public WebSession browserOf(MockMvc mvc, Role role) throws Exception {
		WebSession browser = new WebSession(mvc);
		if (role == Role.ADMIN) {
			String target = browser.logIn(AccountsIntegrationTest.ADMIN_EMAIL, AccountsIntegrationTest.ADMIN_PASSWORD)
				.getRedirectedUrl();
			if (target == null || target.contains("error")) {
				throw new AssertionError("Could not log in as the admin: " + target);
			}
		}
		else {
			browser = logIn(mvc, account(role));
		}
		browser.page("/account");
		return browser;
	}

	public static WebSession logIn(MockMvc mvc, Account account) throws Exception {
		WebSession browser = new WebSession(mvc).in(account.getLanguage());
		String target = browser.logIn(account.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl();
		if (target == null || target.contains("error")) {
			throw new AssertionError("Could not log in: " + target);
		}
		return browser;
	}

}
