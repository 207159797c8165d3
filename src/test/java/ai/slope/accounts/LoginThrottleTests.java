package ai.slope.accounts;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@AccountsIntegrationTest
class LoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	Account account;

	@BeforeEach
	void createAccount() {
		this.account = AccountFixture.create(this.accounts, Role.RECRUITER);
	}

	private void failLogins(WebSession browser, String email, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			Document page = browser.follow(browser.logIn(email, "wrong guess number " + i));
			assertThat(page.select("#login-error").text()).contains("do not match");
		}
	}

	@Test
	void afterFiveFailuresOnOneAccountEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
		failLogins(new WebSession(this.mvc), this.account.getEmail(), LoginThrottle.PER_ACCOUNT);

		WebSession elsewhere = new WebSession(this.mvc);
		Document page = elsewhere.follow(elsewhere.logIn(this.account.getEmail(), AccountFixture.PASSWORD));

		assertThat(page.select("#login-error").text()).contains("Too many failed attempts")
			.containsPattern("wait (\\d+ minutes|a minute)");
		assertThat(page.select("#username").val()).isEqualTo(this.account.getEmail());
		assertThat(elsewhere.get("/account").getStatus()).isEqualTo(302);
	}

	@Test
	void theAccountCountIgnoresTheCaseOfTheEmail() throws Exception {
		WebSession browser = new WebSession(this.mvc);
		failLogins(browser, this.account.getEmail().toUpperCase(), 3);
		failLogins(browser, this.account.getEmail().toLowerCase(), 2);

		Document page = browser.follow(browser.logIn(this.account.getEmail(), AccountFixture.PASSWORD));

		assertThat(page.select("#login-error").text()).contains("Too many failed attempts");
	}

	@Test
	void aSuccessfulLoginClearsTheAccountsCount() throws Exception {
		WebSession browser = new WebSession(this.mvc);
		failLogins(browser, this.account.getEmail(), LoginThrottle.PER_ACCOUNT - 1);
		assertThat(browser.logIn(this.account.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl()).isEqualTo("/");
		browser.logOut();

		failLogins(browser, this.account.getEmail(), LoginThrottle.PER_ACCOUNT - 1);

		assertThat(browser.logIn(this.account.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void afterTwentyFailuresFromOneAddressThatAddressIsRefusedForEveryAccount() throws Exception {
		WebSession attacker = new WebSession(this.mvc);
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			failLogins(attacker, "victim" + i + "@spray.example", 1);
		}

		Document page = attacker.follow(attacker.logIn(this.account.getEmail(), AccountFixture.PASSWORD));
		assertThat(page.select("#login-error").text()).contains("Too many failed attempts");

		WebSession sameAccountElsewhere = new WebSession(this.mvc);
		assertThat(sameAccountElsewhere.logIn(this.account.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl())
			.as("the account itself is not locked by failures on other accounts")
			.isEqualTo("/");
	}

	@Test
	void failuresFromOtherAddressesDoNotCountAgainstAnAddress() throws Exception {
		WebSession spreadOut = new WebSession(this.mvc);
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			WebSession browser = new WebSession(this.mvc);
			failLogins(browser, "other" + i + "@spread.example", 1);
		}

		assertThat(spreadOut.logIn(this.account.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

}
