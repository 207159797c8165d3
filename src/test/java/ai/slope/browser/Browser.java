package ai.slope.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium and chromedriver from Debian (/usr/bin), so nothing is downloaded. A test that fails
 * leaves a screenshot under target/browser-screenshots.
 */
final class Browser implements TestWatcher, ExecutionCondition {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private ChromeDriver driver;

	private String baseUrl;

	ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1600", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(Duration.ofSeconds(30));
		return this.driver;
	}

	/**
	 * Shows pages as a phone does, 390 × 844 CSS pixels. A headless Chromium window cannot be made narrower than
	 * about 500 pixels, so the viewport is emulated.
	 */
	void phone() {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	/**
	 * Whether the page an element belongs to has been replaced. Chromium reports an element of a page that
	 * is gone either as stale or as a node that "does not belong to the document": both mean the new page
	 * has come.
	 */
	static ExpectedCondition<Boolean> replaced(WebElement element) {
		return driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		};
	}

	/**
	 * Where the application under test listens; {@link #open} paths are relative to it.
	 */
	Browser at(int port) {
		this.baseUrl = "http://localhost:" + port;
		return this;
	}

	void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/**
	 * Clicks something that loads another page, and waits until that page has loaded.
	 */
	void navigate(WebElement element) {
		WebElement html = this.driver.findElement(By.tagName("html"));
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.until(replaced(html));
		wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void logIn(String email, String password) {
		open("/login?lang=en");
		type("username", email);
		type("password", password);
		navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
	}

	void logOut() {
		this.driver.findElement(By.id("account-menu")).click();
		WebElement logOut = new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".dropdown-menu form[action='/logout'] button")));
		navigate(logOut);
	}

	void screenshot(String name) {
		if (this.driver == null) {
			return;
		}
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException ex) {
			// a missing screenshot must not hide the failure itself
		}
	}

	void quit() {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
	}

	/**
	 * Skips the browser tests on a machine without Chromium, with a message; in CI they must run.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
		}
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": apt-get install chromium chromium-driver");
		}
		return ConditionEvaluationResult
			.disabled("No " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
				+ context.getRequiredTestMethod().getName());
	}


}
