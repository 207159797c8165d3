package ai.slope.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser test has: the whole application on a random port, and one headless Chromium for the class,
 * started before its tests (before a subclass's own {@code @BeforeAll}) and closed after them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

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

}
