package ai.slope.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter signs up in a real browser (a common password first, which comes back beside its field with
 * what was typed kept), opens the mailed link, uses the account menu in the navbar to log out, and logs in again.
 */
class AccountBrowserTests extends BrowserTest {

	@Test
	void aRecruiterSignsUpLogsOutWithTheAccountMenuAndLogsInAgain() {
		browser.open("/?lang=en");
		browser.navigate(this.driver.findElement(By.cssSelector(".account-nav a[href='/signup']")));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Create your Slope account");

		this.driver.findElement(By.cssSelector("label[for='role2']")).click();
		browser.type("email", "hiring@browser.example");
		browser.type("displayName", "Brenda Browser");
		browser.type("password", "password123");
		submit();

		assertThat(this.driver.findElement(By.id("password-error")).getText()).contains("most common");
		assertThat(this.driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("hiring@browser.example");
		assertThat(this.driver.findElement(By.id("role2")).isSelected()).isTrue();
		browser.screenshot("signup-errors");

		browser.type("password", "we hire people who ship");
		submit();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check your mail");
		confirmSignUp("hiring@browser.example");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your account, Brenda Browser");
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Recruiter");

		WebElement menu = this.driver.findElement(By.id("account-menu"));
		assertThat(menu.getText()).isEqualTo("Brenda Browser");
		menu.click();
		WebElement logOut = new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".dropdown-menu form[action='/logout'] button")));
		browser.screenshot("account-menu");
		browser.navigate(logOut);
		assertThat(this.driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You are logged out.");

		browser.type("username", "Hiring@Browser.Example");
		browser.type("password", "we hire people who ship");
		this.driver.findElement(By.id("remember-me")).click();
		submit();
		assertThat(this.driver.findElement(By.id("account-menu")).getText()).isEqualTo("Brenda Browser");
		assertThat(this.driver.manage().getCookieNamed("remember-me")).isNotNull();
	}

	/**
	 * Submits the page's account form and waits for the page that answers.
	 */
	void submit() {
		browser.navigate(this.driver.findElement(By.cssSelector("form.account-form button[type=submit]")));
	}

}
