package ai.slope.accounts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
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
class SignUpTests {

	static final Pattern LINK = Pattern.compile("https://slope\\.test(/signup/confirm\\?token=([A-Za-z0-9_-]+))");

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

	/**
	 * The last mail to the address, which must hold a sign-up link: the link's path and query.
	 */
	private static String mailedLink(String email) {
		List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1);
		Matcher link = LINK.matcher(TestMailServer.body(mails.get(mails.size() - 1)));
		assertThat(link.find()).as("the mail has a sign-up link").isTrue();
		return link.group(1);
	}

	/**
	 * Opens the mailed link and presses its button, as the person would.
	 */
	private MockHttpServletResponse confirmFromMail(String email) throws Exception {
		String link = mailedLink(email);
		Document page = this.browser.page(link);
		assertThat(page.select("button[type=submit]").text()).isEqualTo("Create my account");
		return this.browser.post("/signup/confirm", "token", page.select("input[name=token]").val());
	}

	@Test
	void aJobSeekerSignsUpOpensTheMailedLinkAndIsLoggedIn() throws Exception {
		MockHttpServletResponse response = signUp("  grace@hopper.example ", "Grace Hopper", "cobol compilers rock",
				"SEEKER");

		assertThat(response.getRedirectedUrl()).isEqualTo("/signup/sent");
		assertThat(this.browser.follow(response).select("[role=status]").text())
			.contains("We sent a mail to grace@hopper.example")
			.contains("within 24 hours");
		assertThat(this.accounts.findByEmail("grace@hopper.example")).as("no account before the link").isEmpty();
		MimeMessage mail = TestMailServer.awaitMailsTo("grace@hopper.example", 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Confirm your Slope account");
		assertThat(TestMailServer.body(mail)).startsWith("Hello Grace Hopper");

		MockHttpServletResponse confirmed = confirmFromMail("grace@hopper.example");

		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/account");
		Document account = this.browser.follow(confirmed);
		assertThat(account.select("[role=status]").text()).contains("Welcome to Slope");
		assertThat(account.select("dd").eachText()).contains("Grace Hopper", "grace@hopper.example", "Job seeker");
		assertThat(account.select("#account-menu").text()).isEqualTo("Grace Hopper");
		assertThat(this.jdbc.queryForMap("select role, password_hash, demo from account where email = ?",
				"grace@hopper.example"))
			.containsEntry("role", "SEEKER")
			.containsEntry("demo", false)
			.hasEntrySatisfying("password_hash", hash -> assertThat((String) hash).startsWith("{bcrypt}$2"));
		WebSession later = new WebSession(this.mvc);
		assertThat(later.logIn("Grace@Hopper.example", "cobol compilers rock").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSignUpLinkWorksOnce() throws Exception {
		signUp("once@link.example", "Once", "cobol compilers rock", "SEEKER");
		String link = mailedLink("once@link.example");
		String token = link.substring(link.indexOf("token=") + "token=".length());
		assertThat(confirmFromMail("once@link.example").getRedirectedUrl()).isEqualTo("/account");

		WebSession other = new WebSession(this.mvc);
		Document page = other.page(link);
		assertThat(page.select("h1").text()).isEqualTo("This link does not work any more");
		other.page("/signup");
		MockHttpServletResponse again = other.post("/signup/confirm", "token", token);
		assertThat(Jsoup.parse(again.getContentAsString()).select("h1").text())
			.isEqualTo("This link does not work any more");
		assertThat(other.get("/account").getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from account where email_key = 'once@link.example'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aRecruiterSignsUpFromTheRecruiterLink() throws Exception {
		Document form = this.browser.page("/signup?as=recruiter");
		assertThat(form.select("input[name=role][checked]").val()).isEqualTo("RECRUITER");

		MockHttpServletResponse response = this.browser.post("/signup", "email", "rita@recruits.example",
				"displayName", "Rita", "password", "hiring is a team sport", "role", "RECRUITER");

		assertThat(response.getRedirectedUrl()).isEqualTo("/signup/sent");
		assertThat(confirmFromMail("rita@recruits.example").getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.findByEmail("rita@recruits.example")).get()
			.extracting(Account::getRole)
			.isEqualTo(Role.RECRUITER);
	}

	@Test
	void aTakenEmailGetsTheSameAnswerAsANewOneAndItsOwnerIsMailed() throws Exception {
		signUp("linus@kernel.example", "Linus", "penguins all the way", "SEEKER");
		confirmFromMail("linus@kernel.example");

		this.browser = new WebSession(this.mvc);
		MockHttpServletResponse taken = signUp("LINUS@Kernel.Example", "Another Linus", "penguins all the way",
				"SEEKER");
		String takenAnswer = this.browser.follow(taken).select("main").text();
		this.browser = new WebSession(this.mvc);
		MockHttpServletResponse fresh = signUp("LINUX@Kernel.Example", "Another Linus", "penguins all the way",
				"SEEKER");
		String freshAnswer = this.browser.follow(fresh).select("main").text();

		assertThat(taken.getStatus()).isEqualTo(fresh.getStatus());
		assertThat(taken.getRedirectedUrl()).isEqualTo(fresh.getRedirectedUrl()).isEqualTo("/signup/sent");
		assertThat(takenAnswer.replace("LINUS", "LINUX")).isEqualTo(freshAnswer);
		List<MimeMessage> toOwner = TestMailServer.awaitMailsTo("linus@kernel.example", 2);
		assertThat(toOwner).hasSize(2);
		MimeMessage told = toOwner.get(1);
		assertThat(told.getSubject()).isEqualTo("Someone tried to sign up for Slope with your address");
		assertThat(TestMailServer.body(told)).startsWith("Hello Linus")
			.contains("https://slope.test/login")
			.contains("https://slope.test/password/forgot")
			.doesNotContain("/signup/confirm");
		assertThat(this.jdbc.queryForObject("select count(*) from account where email_key = 'linus@kernel.example'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void nobodyFloodsAnInboxThroughTheSignUpForm() throws Exception {
		Account owner = AccountFixture.create(this.accounts, Role.SEEKER);
		for (int i = 0; i < 5; i++) {
			this.browser = new WebSession(this.mvc);
			signUp(owner.getEmail(), "Flood " + i, "penguins all the way", "SEEKER");
			this.browser = new WebSession(this.mvc);
			signUp("flooded@inbox.example", "Flood " + i, "penguins all the way", "SEEKER");
		}

		assertThat(TestMailServer.awaitMailsTo(owner.getEmail(), SignUps.MAX_MAILS_PER_HOUR)).hasSize(SignUps.MAX_MAILS_PER_HOUR);
		assertThat(TestMailServer.awaitMailsTo("flooded@inbox.example", SignUps.MAX_MAILS_PER_HOUR))
			.hasSize(SignUps.MAX_MAILS_PER_HOUR);
	}

	@Test
	void theSignUpMailSpeaksTheLanguageOfThePage() throws Exception {
		this.browser.in(Locale.SIMPLIFIED_CHINESE);
		signUp("mei@zhongwen.example", "梅", "penguins all the way", "SEEKER");

		MimeMessage mail = TestMailServer.awaitMailsTo("mei@zhongwen.example", 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("确认你的 Slope 账户");
		assertThat(TestMailServer.body(mail)).startsWith("梅，你好").contains("24 小时内有效");
		assertThat(confirmFromMailInChinese("mei@zhongwen.example").getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.accounts.findByEmail("mei@zhongwen.example")).get()
			.extracting(Account::getLanguage)
			.isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	private MockHttpServletResponse confirmFromMailInChinese(String email) throws Exception {
		Document page = this.browser.page(mailedLink(email));
		assertThat(page.select("button[type=submit]").text()).isEqualTo("创建我的账户");
		return this.browser.post("/signup/confirm", "token", page.select("input[name=token]").val());
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
	void oneAddressSignsUpAtMostTenTimesAnHour() throws Exception {
		String address = "10.98.10.1";
		for (int i = 0; i < 10; i++) {
			this.browser = new WebSession(this.mvc).from(address);
			assertThat(signUp("burst" + i + "@signups.example", "Burst " + i, "penguins all the way", "SEEKER")
				.getRedirectedUrl()).isEqualTo("/signup/sent");
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
			.isEqualTo("/signup/sent");
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
