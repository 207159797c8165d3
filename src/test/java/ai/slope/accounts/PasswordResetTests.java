package ai.slope.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.system.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class PasswordResetTests {

	static final Pattern LINK = Pattern.compile("https://slope\\.test(/password/reset\\?token=([A-Za-z0-9_-]+))");

	static final String NEW_PASSWORD = "remembered it at last";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	WebSession browser;

	Account account;

	@BeforeEach
	void createAccount() {
		this.account = AccountFixture.create(this.accounts, Role.SEEKER);
		this.browser = new WebSession(this.mvc);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	private MockHttpServletResponse askForLink(String email) throws Exception {
		this.browser.page("/password/forgot");
		return this.browser.post("/password/forgot", "email", email);
	}

	private Matcher mailedLink(Account account) {
		List<MimeMessage> mails = TestMailServer.mailsTo(account.getEmail());
		assertThat(mails).isNotEmpty();
		Matcher link = LINK.matcher(TestMailServer.body(mails.get(mails.size() - 1)));
		assertThat(link.find()).as("the mail has a reset link").isTrue();
		return link;
	}

	@Test
	void aMailedLinkSetsANewPasswordOnce() throws Exception {
		MockHttpServletResponse asked = askForLink(this.account.getEmail().toUpperCase());
		assertThat(asked.getRedirectedUrl()).isEqualTo("/password/forgot?sent");
		assertThat(this.browser.follow(asked).select("[role=status]").text()).contains("a link to set a new password")
			.contains("60 minutes");

		MimeMessage mail = TestMailServer.mailsTo(this.account.getEmail()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Reset your Slope password");
		assertThat(TestMailServer.body(mail)).startsWith("Hello " + this.account.getDisplayName());
		Matcher link = mailedLink(this.account);

		Document form = this.browser.page(link.group(1));
		assertThat(form.select("h1").text()).isEqualTo("Set a new password");
		MockHttpServletResponse reset = this.browser.post("/password/reset", "token", link.group(2), "password",
				NEW_PASSWORD);
		assertThat(reset.getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.browser.follow(reset).select("[role=status]").text()).contains("new password is set");
		assertThat(new WebSession(this.mvc).logIn(this.account.getEmail(), NEW_PASSWORD).getRedirectedUrl())
			.isEqualTo("/");
		assertThat(new WebSession(this.mvc).logIn(this.account.getEmail(), AccountFixture.PASSWORD)
			.getRedirectedUrl()).isEqualTo("/login?error");

		Document again = this.browser.page(link.group(1));
		assertThat(again.select("h1").text()).isEqualTo("This link does not work any more");
		Document replay = Jsoup.parse(this.browser
			.post("/password/reset", "token", link.group(2), "password", "and yet another one")
			.getContentAsString());
		assertThat(replay.select("h1").text()).isEqualTo("This link does not work any more");
		assertThat(this.accounts.hasPassword(this.account.getEmail(), NEW_PASSWORD)).isTrue();
	}

	@Test
	void onlyAHashOfTheTokenIsStored() throws Exception {
		askForLink(this.account.getEmail());
		String token = mailedLink(this.account).group(2);

		List<String> stored = this.jdbc.queryForList(
				"select token_hash from password_reset_token where account_id = ?", String.class, this.account.getId());
		assertThat(stored).containsExactly(PasswordResets.hash(token)).doesNotContain(token);
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
	}

	@Test
	void anExpiredLinkDoesNotWork() throws Exception {
		askForLink(this.account.getEmail());
		Matcher link = mailedLink(this.account);
		this.clock.advance(Duration.ofHours(2));

		assertThat(this.browser.page(link.group(1)).select("h1").text()).isEqualTo("This link does not work any more");
		this.browser.page("/password/forgot");
		Document page = Jsoup.parse(this.browser.post("/password/reset", "token", link.group(2), "password", NEW_PASSWORD)
			.getContentAsString());
		assertThat(page.select("a[href=/password/forgot]").text()).isEqualTo("Ask for a new link");
		assertThat(this.accounts.hasPassword(this.account.getEmail(), AccountFixture.PASSWORD)).isTrue();
	}

	@Test
	void aWeakNewPasswordComesBackBesideItsFieldAndTheLinkStillWorks() throws Exception {
		askForLink(this.account.getEmail());
		Matcher link = mailedLink(this.account);
		this.browser.page(link.group(1));

		Document page = Jsoup.parse(
				this.browser.post("/password/reset", "token", link.group(2), "password", "password123").getContentAsString());

		assertThat(page.select("#password-error").text()).contains("most common");
		assertThat(page.select("input[name=token]").val()).isEqualTo(link.group(2));
		assertThat(this.browser.post("/password/reset", "token", link.group(2), "password", NEW_PASSWORD)
			.getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
		int before = TestMailServer.get().getReceivedMessages().length;

		MockHttpServletResponse asked = askForLink("nobody-here@unknown.example");

		assertThat(asked.getRedirectedUrl()).isEqualTo("/password/forgot?sent");
		assertThat(TestMailServer.get().getReceivedMessages()).hasSize(before);
	}

	@Test
	void theLinkGoesToTheAccountHoweverItsEmailIsSpelt() throws Exception {
		String fullWidthUpper = this.account.getEmail()
			.toUpperCase(Locale.ROOT)
			.replace("PERSON", "\uFF30\uFF25\uFF32\uFF33\uFF2F\uFF2E");

		askForLink("  " + fullWidthUpper + " ");

		assertThat(TestMailServer.awaitMailsTo(this.account.getEmail(), 1)).hasSize(1);
	}

	@Test
	void aSuspendedAccountGetsNoLink() throws Exception {
		this.accounts.suspend(this.account.getId());

		askForLink(this.account.getEmail());

		assertThat(TestMailServer.mailsTo(this.account.getEmail())).isEmpty();
	}

	@Test
	void atMostThreeMailsAnHour() throws Exception {
		for (int i = 0; i < 5; i++) {
			askForLink(this.account.getEmail());
		}

		assertThat(TestMailServer.mailsTo(this.account.getEmail())).hasSize(PasswordResets.MAX_MAILS_PER_HOUR);
	}

	@Test
	void aLinkAskedForFromTheChinesePageIsMailedInChinese() throws Exception {
		this.browser.in(Locale.SIMPLIFIED_CHINESE);

		askForLink(this.account.getEmail());

		MimeMessage mail = TestMailServer.mailsTo(this.account.getEmail()).get(0);
		assertThat(mail.getSubject()).isEqualTo("重置你的 Slope 密码");
		assertThat(TestMailServer.body(mail)).contains("你好").contains("60 分钟内有效").contains("&lang=zh-CN");
		Matcher link = mailedLink(this.account);

		WebSession reader = new WebSession(this.mvc);
		Document form = reader.page(link.group(1) + "&lang=zh-CN");
		assertThat(form.select("html").attr("lang")).isEqualTo("zh-CN");
		reader.post("/password/reset", "token", link.group(2), "password", NEW_PASSWORD);
		assertThat(TestMailServer.mailsTo(this.account.getEmail())).hasSize(2)
			.last()
			.satisfies(changed -> assertThat(changed.getSubject()).isEqualTo("你的 Slope 密码已修改"));
	}

	@Test
	void aLinkAskedForFromTheEnglishPageIsMailedInEnglishWhateverTheAccountsLanguage() throws Exception {
		Account chinese = AccountFixture.create(this.accounts, Role.SEEKER, Locale.SIMPLIFIED_CHINESE);

		askForLink(chinese.getEmail());

		MimeMessage mail = TestMailServer.mailsTo(chinese.getEmail()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Reset your Slope password");
		assertThat(TestMailServer.body(mail)).startsWith("Hello " + chinese.getDisplayName()).contains("&lang=en");
		mailedLink(chinese);
	}

	@Test
	void askingForALinkNeedsTheCsrfToken() throws Exception {
		this.browser.page("/password/forgot");

		assertThat(this.browser.postWithoutCsrf("/password/forgot", "email", this.account.getEmail()).getStatus())
			.isEqualTo(403);
		assertThat(TestMailServer.mailsTo(this.account.getEmail())).isEmpty();
	}

}
