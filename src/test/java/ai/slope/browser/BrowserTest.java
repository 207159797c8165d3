package ai.slope.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import ai.slope.accounts.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test has: the whole application on a random port, with mail going to a real SMTP server
 * (GreenMail) and a first admin, and one headless Chromium for the class, started before its tests (before a
 * subclass's own {@code @BeforeAll}) and closed after them.
 * <p>
 * Every browser test class shares this one application context and its database: a subclass declares no
 * configuration of its own (each one would start another application, about 20 s), makes the data it reads
 * with names no other class uses, and resets what it counts (as {@link SalaryBrowserTests} does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@TestPropertySource(properties = { "slope.admin.email=" + BrowserTest.ADMIN_EMAIL,
		"slope.admin.password=" + BrowserTest.ADMIN_PASSWORD, "slope.admin.name=Ada Admin" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final String ADMIN_EMAIL = "ada@browser.example";

	static final String ADMIN_PASSWORD = "moderation is a craft";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	WebDriver driver;

	@BeforeAll
	void startBrowser() {
		this.driver = browser.start();
		browser.at(this.port);
	}

	@AfterAll
	void quitBrowser() {
		browser.quit();
	}

	private static final Pattern SIGN_UP_LINK = Pattern.compile("https?://[^/\\s]+(/signup/confirm\\?token=[A-Za-z0-9_-]+)");

	/**
	 * Opens the sign-up link mailed to the address and presses its button, as the person would; the class needs
	 * {@code @ContextConfiguration(initializers = TestMailServer.Initializer.class)}.
	 */
	void confirmSignUp(String email) {
		List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1);
		Matcher link = SIGN_UP_LINK.matcher(TestMailServer.body(mails.get(mails.size() - 1)));
		assertThat(link.find()).as("a sign-up link was mailed to " + email).isTrue();
		browser.open(link.group(1));
		browser.navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
	}

}
