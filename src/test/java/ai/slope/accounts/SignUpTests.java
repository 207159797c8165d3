package ai.slope.accounts;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@AccountsIntegrationTest
class SignUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	WebSession browser;

	@BeforeEach
	void openBrowser() {
		this.browser = new WebSession(this.mvc);
	}

	private MockHttpServletResponse signUp(String email, String name, String password, String role) throws Exception {
		this.browser.page("/signup");
		return this.browser.post("/signup", "email", email, "displayName", name, "password", password, "role", role);
	}

	@Test
	void aJobSeekerSignsUpAndIsLoggedInAtOnce() throws Exception {
		MockHttpServletResponse response = signUp("  grace@hopper.example ", "Grace Hopper", "cobol compilers rock",
				"SEEKER");

		assertThat(response.getRedirectedUrl()).isEqualTo("/account");
		Document account = this.browser.follow(response);
		assertThat(account.select("[role=status]").text()).contains("Welcome to Slope");
		assertThat(account.select("dd").eachText()).contains("Grace Hopper", "grace@hopper.example", "Job seeker");
		assertThat(account.select("#account-menu").text()).isEqualTo("Grace Hopper");
		assertThat(this.jdbc.queryForMap("select role, password_hash, demo from account where email = ?",
				"grace@hopper.example"))
			.containsEntry("role", "SEEKER")
			.containsEntry("demo", false)
			.hasEntrySatisfying("password_hash", hash -> assertThat((String) hash).startsWith("{bcrypt}$2"));
	}

	@Test
	void aRecruiterSignsUpFromTheRecruiterLink() throws Exception {
		Document form = this.browser.page("/signup?as=recruiter");
		assertThat(form.select("input[name=role][checked]").val()).isEqualTo("RECRUITER");

		MockHttpServletResponse response = this.browser.post("/signup", "email", "rita@recruits.example",
				"displayName", "Rita", "password", "hiring is a team sport", "role", "RECRUITER");

		assertThat(response.getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.findByEmail("rita@recruits.example")).get()
			.extracting(Account::getRole)
			.isEqualTo(Role.RECRUITER);
	}

	@Test
	void anEmailIsTakenWhateverItsCase() throws Exception {
		signUp("linus@kernel.example", "Linus", "penguins all the way", "SEEKER");
		this.browser = new WebSession(this.mvc);

		Document page = Jsoup.parse(
				signUp("LINUS@Kernel.Example", "Another Linus", "penguins all the way", "SEEKER").getContentAsString());

		assertThat(page.select("#email-error").text()).contains("exists already");
		assertThat(this.jdbc.queryForObject("select count(*) from account where lower(email) = 'linus@kernel.example'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesADuplicateEmailInAnotherCaseToo() {
		this.jdbc.update(
				"insert into account (email, email_key, display_name, password_hash, role) values (?, ?, 'A', 'x', 'SEEKER')",
				"dup@case.example", EmailKey.of("dup@case.example"));

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update(
					"insert into account (email, email_key, display_name, password_hash, role) values (?, ?, 'B', 'x', 'SEEKER')",
					"DUP@Case.Example", EmailKey.of("DUP@Case.Example")))
			.hasMessageContaining("account_email_key_unique");
	}

	@Test
	void refusesShortAndCommonPasswordsAndBadEmailsBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
		Document page = Jsoup.parse(signUp("not-an-email", "Alan Turing", "short", "SEEKER").getContentAsString());

		assertThat(page.select("#email-error").text()).contains("does not look like an email");
		assertThat(page.select("#password-error").text()).contains("at least 10 characters");
		assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#email").attr("aria-describedby")).isEqualTo("email-error");
		assertThat(page.select("#email").val()).isEqualTo("not-an-email");
		assertThat(page.select("#displayName").val()).isEqualTo("Alan Turing");
		assertThat(page.select("#password").val()).isEmpty();
		assertThat(page.select("#password").attr("aria-describedby")).isEqualTo("password-help password-error");
		assertThat(page.select("input[name=role][checked]").val()).isEqualTo("SEEKER");

		page = Jsoup.parse(signUp("alan@turing.example", "Alan", "Password123", "SEEKER").getContentAsString());
		assertThat(page.select("#password-error").text()).contains("most common");
		page = Jsoup.parse(signUp("alan@turing.example", "Alan", "1234567890", "SEEKER").getContentAsString());
		assertThat(page.select("#password-error").text()).contains("most common");
		assertThat(this.accounts.findByEmail("alan@turing.example")).isEmpty();
	}

	@Test
	void anEasilyGuessedPasswordIsRefusedInEitherLanguage() throws Exception {
		Document page = Jsoup.parse(signUp("weak@guess.example", "Weak", "aaaaaaaaab", "SEEKER").getContentAsString());
		assertThat(page.select("#password-error").text()).contains("would be guessed too easily");

		this.browser.in(Locale.SIMPLIFIED_CHINESE);
		page = Jsoup.parse(signUp("weak@guess.example", "Weak", "abcabcabcabc", "SEEKER").getContentAsString());
		assertThat(page.select("#password-error").text()).contains("太容易被猜到");
		assertThat(this.accounts.findByEmail("weak@guess.example")).isEmpty();
	}

	@Test
	void oneAddressCreatesAtMostTenAccountsAnHour() throws Exception {
		String address = "10.98.10.1";
		for (int i = 0; i < 10; i++) {
			this.browser = new WebSession(this.mvc).from(address);
			assertThat(signUp("burst" + i + "@signups.example", "Burst " + i, "penguins all the way", "SEEKER")
				.getRedirectedUrl()).isEqualTo("/account");
		}
		this.browser = new WebSession(this.mvc).from(address);
		Document typo = Jsoup.parse(signUp("not-an-email", "Burst", "penguins all the way", "SEEKER").getContentAsString());
		assertThat(typo.select("#email-error").text()).as("a refused form is not counted").isNotEmpty();

		MockHttpServletResponse refused = signUp("burst10@signups.example", "Burst 10", "penguins all the way",
				"SEEKER");

		assertThat(refused.getStatus()).isEqualTo(429);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#signup-refused").text()).contains("Too many accounts were created from your network");
		assertThat(page.select("#email").val()).isEqualTo("burst10@signups.example");
		assertThat(this.accounts.findByEmail("burst10@signups.example")).isEmpty();
		this.browser = new WebSession(this.mvc);
		assertThat(signUp("burst10@signups.example", "Burst 10", "penguins all the way", "SEEKER").getRedirectedUrl())
			.as("another address still signs up")
			.isEqualTo("/account");
	}

	@Test
	void nobodySignsUpAsAnAdmin() throws Exception {
		Document page = Jsoup
			.parse(signUp("mallory@evil.example", "Mallory", "let me be the admin", "ADMIN").getContentAsString());

		assertThat(page.select("#role-error").text()).contains("job seeker or recruiter");
		assertThat(this.accounts.findByEmail("mallory@evil.example")).isEmpty();
	}

	@Test
	void theFormSpeaksChinese() throws Exception {
		this.browser.in(Locale.SIMPLIFIED_CHINESE);
		Document page = Jsoup.parse(signUp("", "", "", "SEEKER").getContentAsString());

		assertThat(page.select("h1").text()).isEqualTo("创建你的 Slope 账户");
		assertThat(page.select("#email-error").text()).isEqualTo("请填写电子邮箱。");
		assertThat(page.select("#displayName-error").text()).isEqualTo("请填写显示名称。");
	}

	@Test
	void signingUpNeedsTheCsrfToken() throws Exception {
		this.browser.page("/signup");
		MockHttpServletResponse response = this.browser.postWithoutCsrf("/signup", "email", "csrf@victim.example",
				"displayName", "Victim", "password", "a perfectly fine one", "role", "SEEKER");

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(this.accounts.findByEmail("csrf@victim.example")).isEmpty();
	}

	@Test
	void theNavbarOffersLogInAndSignUpToAnonymousVisitors() throws Exception {
		Document home = this.browser.page("/");

		assertThat(home.select(".account-nav a").eachAttr("href")).containsExactly("/login", "/signup");
		assertThat(home.select("form[action=/logout]")).isEmpty();
	}

}
