package ai.slope.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

@WebIntegrationTest
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

	/**
	 * Sends the logins at once, each from a browser of its own, and answers what the login page said to each:
	 * "checked" when the password was checked and wrong, "throttled" when refused before, "in" when logged in.
	 */
	private List<String> burst(List<WebSession> browsers, List<String> emails, List<String> passwords)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < browsers.size(); i++) {
				WebSession browser = browsers.get(i);
				String email = emails.get(i);
				String password = passwords.get(i);
				browser.page("/login");
				Callable<String> login = () -> {
					start.await();
					MockHttpServletResponse response = browser.post("/login", "username", email, "password", password);
					if ("/".equals(response.getRedirectedUrl())) {
						return "in";
					}
					String error = browser.follow(response).select("#login-error").text();
					return error.contains("Too many failed attempts") ? "throttled"
							: error.contains("do not match") ? "checked" : error;
				};
				answers.add(pool.submit(login));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> answer : answers) {
				results.add(answer.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void fortyWrongPasswordsAtOnceForOneAccountGetAtMostFiveChecksAndThenTheRightOneIsRefused() throws Exception {
		List<WebSession> browsers = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		List<String> passwords = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			browsers.add(new WebSession(this.mvc));
			emails.add(this.account.getEmail());
			passwords.add("parallel wrong guess " + i);
		}

		List<String> answers = burst(browsers, emails, passwords);

		assertThat(answers).isSubsetOf("checked", "throttled");
		assertThat(answers.stream().filter("checked"::equals).count()).isBetween(1L, (long) LoginThrottle.PER_ACCOUNT);
		WebSession owner = new WebSession(this.mvc);
		Document page = owner.follow(owner.logIn(this.account.getEmail(), AccountFixture.PASSWORD));
		assertThat(page.select("#login-error").text()).contains("Too many failed attempts");
	}

	@Test
	void fortyFourWrongPasswordsAtOnceFromOneAddressGetAtMostTwentyChecks() throws Exception {
		String address = "10.99.44.1";
		List<WebSession> browsers = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		List<String> passwords = new ArrayList<>();
		for (int i = 0; i < 44; i++) {
			browsers.add(new WebSession(this.mvc).from(address));
			emails.add("sprayed" + i + "@burst.example");
			passwords.add("parallel wrong guess " + i);
		}

		List<String> answers = burst(browsers, emails, passwords);

		assertThat(answers).isSubsetOf("checked", "throttled");
		assertThat(answers.stream().filter("checked"::equals).count()).isBetween(1L, (long) LoginThrottle.PER_ADDRESS);
		WebSession sameAddress = new WebSession(this.mvc).from(address);
		Document page = sameAddress.follow(sameAddress.logIn(this.account.getEmail(), AccountFixture.PASSWORD));
		assertThat(page.select("#login-error").text()).contains("Too many failed attempts");
	}

	@Test
	void afterFourFailuresABurstGetsOneCheckAndThenTheRightPasswordIsRefused() throws Exception {
		failLogins(new WebSession(this.mvc), this.account.getEmail(), LoginThrottle.PER_ACCOUNT - 1);
		List<WebSession> browsers = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		List<String> passwords = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			browsers.add(new WebSession(this.mvc));
			emails.add(this.account.getEmail());
			passwords.add("parallel wrong guess " + i);
		}
		List<String> answers = burst(browsers, emails, passwords);
		assertThat(answers.stream().filter("checked"::equals).count()).isEqualTo(1);

		WebSession owner = new WebSession(this.mvc);
		assertThat(owner.logIn(this.account.getEmail(), AccountFixture.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(owner.get("/account").getStatus()).isEqualTo(302);
	}

	@Test
	void aDottedCapitalIIsAnotherEmailAndOpensNoSecondBucketForTheAccount() throws Exception {
		Account thra = this.accounts.signUp(new Accounts.SignUp("thra-i-" + System.nanoTime() + "@test.example",
				"Thra", AccountFixture.PASSWORD, Role.SEEKER, Locale.ENGLISH));
		failLogins(new WebSession(this.mvc), thra.getEmail(), LoginThrottle.PER_ACCOUNT);

		WebSession elsewhere = new WebSession(this.mvc);
		assertNotLoggedIn(elsewhere,
				elsewhere.logIn(thra.getEmail().replace("thra-i", "thra-\u0130"), AccountFixture.PASSWORD));
		assertNotLoggedIn(elsewhere,
				elsewhere.logIn(thra.getEmail().toUpperCase(Locale.ROOT), AccountFixture.PASSWORD));
	}

	@Test
	void fullWidthAndUpperCaseSpellingsOfAnEmailShareTheAccountsBucket() throws Exception {
		String fullWidthLocalPart = this.account.getEmail()
			.substring(0, this.account.getEmail().indexOf('@'))
			.chars()
			.map(c -> (c >= '!' && c <= '~') ? c - '!' + '\uFF01' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String fullWidth = fullWidthLocalPart + this.account.getEmail().substring(this.account.getEmail().indexOf('@'));
		WebSession browser = new WebSession(this.mvc);
		failLogins(browser, fullWidth, 3);
		failLogins(browser, this.account.getEmail().toUpperCase(Locale.ROOT), 2);

		Document page = browser.follow(browser.logIn(this.account.getEmail(), AccountFixture.PASSWORD));

		assertThat(page.select("#login-error").text()).contains("Too many failed attempts");
	}

	@Test
	void anEmailKeyIsNfkcWithCaseFolding() {
		assertThat(EmailKey.of(" Root@Slope.Test ")).isEqualTo("root@slope.test");
		assertThat(EmailKey.of("\uFF32oot@Slope.Test")).isEqualTo("root@slope.test");
		assertThat(EmailKey.of("STRASSE@b.example")).isEqualTo(EmailKey.of("stra\u00DFe@B.example"));
		assertThat(EmailKey.of("thra-\u0130@test.example")).isNotEqualTo(EmailKey.of("thra-i@test.example"));
		assertThatCode(() -> EmailKey.of(null)).doesNotThrowAnyException();
	}

	private static void assertNotLoggedIn(WebSession browser, MockHttpServletResponse response) throws Exception {
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(browser.get("/account").getStatus()).isEqualTo(302);
	}

}
