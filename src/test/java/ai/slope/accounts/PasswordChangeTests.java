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

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "a brand new sentence";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	WebSession browser;

	Account account;

	@BeforeEach
	void logIn() throws Exception {
		this.account = AccountFixture.create(this.accounts, Role.SEEKER);
		this.browser = WebSession.loggedInAs(this.mvc, this.account);
	}

	private MockHttpServletResponse change(String current, String newPassword) throws Exception {
		this.browser.page("/account/password");
		return this.browser.post("/account/password", "currentPassword", current, "newPassword", newPassword);
	}

	@Test
	void changesThePasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		WebSession otherDevice = new WebSession(this.mvc);
		otherDevice.logIn(this.account.getEmail(), AccountFixture.PASSWORD, true);
		otherDevice.forget(WebSession.SESSION_COOKIE);
		WebSession thirdDevice = WebSession.loggedInAs(this.mvc, this.account);

		MockHttpServletResponse response = change(AccountFixture.PASSWORD, NEW_PASSWORD);

		assertThat(response.getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.browser.follow(response).select("[role=status]").text()).contains("password is changed");
		assertThat(this.browser.get("/account").getStatus()).isEqualTo(200);
		assertThat(thirdDevice.get("/account").getStatus()).isEqualTo(302);
		assertThat(otherDevice.get("/account").getStatus()).as("remember-me token forgotten").isEqualTo(302);
		assertThat(new WebSession(this.mvc).logIn(this.account.getEmail(), AccountFixture.PASSWORD)
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(new WebSession(this.mvc).logIn(this.account.getEmail(), NEW_PASSWORD).getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	void theOwnerGetsAMailAboutTheChange() throws Exception {
		change(AccountFixture.PASSWORD, NEW_PASSWORD);

		assertThat(TestMailServer.mailsTo(this.account.getEmail())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Your Slope password was changed");
			assertThat(TestMailServer.body(mail)).contains("https://slope.test/password/forgot");
		});
	}

	@Test
	void switchingLanguageWhileLoggedInSwitchesTheLanguageOfTheMails() throws Exception {
		this.browser.page("/account?lang=zh-CN");

		assertThat(this.accounts.findById(this.account.getId()).orElseThrow().getLanguage())
			.isEqualTo(Locale.SIMPLIFIED_CHINESE);
		change(AccountFixture.PASSWORD, NEW_PASSWORD);
		assertThat(TestMailServer.mailsTo(this.account.getEmail())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("你的 Slope 密码已修改");
			assertThat(TestMailServer.body(mail)).startsWith(this.account.getDisplayName() + "，你好")
				.contains("https://slope.test/password/forgot?lang=zh-CN");
		});

		this.browser.page("/jobs?lang=en");
		change(NEW_PASSWORD, "and back to english again");
		assertThat(TestMailServer.mailsTo(this.account.getEmail())).hasSize(2)
			.last()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Your Slope password was changed"));
	}

	@Test
	void aWrongCurrentPasswordIsRefusedBesideItsField() throws Exception {
		Document page = Jsoup.parse(change("not my password", NEW_PASSWORD).getContentAsString());

		assertThat(page.select("#currentPassword-error").text()).isEqualTo("That is not your current password.");
		assertThat(page.select("#currentPassword").val()).isEmpty();
		assertThat(this.accounts.hasPassword(this.account.getEmail(), AccountFixture.PASSWORD)).isTrue();
	}

	@Test
	void theNewPasswordFollowsTheSameRules() throws Exception {
		Document page = Jsoup.parse(change(AccountFixture.PASSWORD, "qwertyuiop").getContentAsString());
		assertThat(page.select("#newPassword-error").text()).contains("most common");

		page = Jsoup.parse(change(AccountFixture.PASSWORD, "tiny").getContentAsString());
		assertThat(page.select("#newPassword-error").text()).contains("at least 10");

		page = Jsoup.parse(change(AccountFixture.PASSWORD, this.account.getEmail()).getContentAsString());
		assertThat(page.select("#newPassword-error").text()).contains("must not be your email");
		assertThat(this.accounts.hasPassword(this.account.getEmail(), AccountFixture.PASSWORD)).isTrue();
	}

	@Test
	void theCurrentPasswordIsThrottledLikeALoginOnTheSameAccountCount() throws Exception {
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
			Document page = Jsoup.parse(change("wrong guess number " + i, NEW_PASSWORD).getContentAsString());
			assertThat(page.select("#currentPassword-error").text()).isEqualTo("That is not your current password.");
		}

		MockHttpServletResponse response = change(AccountFixture.PASSWORD, NEW_PASSWORD);

		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#currentPassword-error").text())
			.contains("Too many wrong passwords")
			.containsPattern("wait (\\d+ minutes|a minute)");
		assertThat(this.accounts.hasPassword(this.account.getEmail(), AccountFixture.PASSWORD)).isTrue();
		WebSession elsewhere = new WebSession(this.mvc);
		Document login = elsewhere.follow(elsewhere.logIn(this.account.getEmail(), AccountFixture.PASSWORD));
		assertThat(login.select("#login-error").text()).contains("Too many failed attempts");
	}

	@Test
	void anEasilyGuessedNewPasswordIsRefused() throws Exception {
		Document page = Jsoup.parse(change(AccountFixture.PASSWORD, "abcabcabcabc").getContentAsString());

		assertThat(page.select("#newPassword-error").text()).contains("would be guessed too easily");
		assertThat(this.accounts.hasPassword(this.account.getEmail(), AccountFixture.PASSWORD)).isTrue();
	}

	@Test
	void changingThePasswordNeedsTheCsrfToken() throws Exception {
		this.browser.page("/account/password");
		MockHttpServletResponse response = this.browser.postWithoutCsrf("/account/password", "currentPassword",
				AccountFixture.PASSWORD, "newPassword", NEW_PASSWORD);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(this.accounts.hasPassword(this.account.getEmail(), AccountFixture.PASSWORD)).isTrue();
	}

	@Test
	void thePageSpeaksChinese() throws Exception {
		this.browser.in(Locale.SIMPLIFIED_CHINESE);
		Document page = this.browser.page("/account/password");

		assertThat(page.select("h1").text()).isEqualTo("修改密码");
		assertThat(page.select("label[for=newPassword]").text()).isEqualTo("新密码");
	}

}
