package ai.slope.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Tomcat behind a proxy that terminates HTTPS ({@code server.forward-headers-strategy=native}, the proxy on
 * 127.0.0.1 sending {@code X-Forwarded-Proto}), with no site address configured: every cookie is {@code Secure}
 * and HSTS is sent exactly when the person's request was HTTPS. (MockMvc does not show the session cookie as
 * Tomcat writes it.) Shares its application context with {@link ManagementPortTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1",
				"server.forward-headers-strategy=native" })
@ActiveProfiles("test")
class ProxiedTomcatTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private String get(String path, boolean https) throws Exception {
		return RawHttp.send(this.port,
				"GET " + path + " HTTP/1.1\r\nHost: slope.example\r\n" + (https ? "X-Forwarded-Proto: https\r\n" : ""));
	}

	/**
	 * Reads the login page and logs in with remember-me, as a browser does; the answer to the POST.
	 */
	private String logIn(boolean https) throws Exception {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER);
		String page = get("/login", https);
		String session = RawHttp.setCookie(page, "SESSION").split(";")[0];
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(account.getEmail(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(AccountFixture.PASSWORD, StandardCharsets.UTF_8) + "&remember-me=on&_csrf="
				+ token.group(1);
		return RawHttp.send(this.port, "POST /login HTTP/1.1\r\nHost: slope.example\r\n"
				+ (https ? "X-Forwarded-Proto: https\r\n" : "") + "Cookie: " + session + "\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\n", form);
	}

	@Test
	void behindAnHttpsProxyEveryCookieIsSecureAndHstsIsSent() throws Exception {
		String home = get("/?lang=zh-CN", true);
		String login = logIn(true);

		assertThat(RawHttp.header(home, "Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		assertThat(RawHttp.setCookie(home, "slope-lang")).contains("; Secure").contains("; SameSite=Lax");
		assertThat(RawHttp.status(login)).isEqualTo(302);
		assertThat(RawHttp.header(login, "Location")).doesNotContain("error");
		assertThat(RawHttp.setCookie(login, "SESSION")).contains("; Secure")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
		assertThat(RawHttp.setCookie(login, "remember-me")).contains("; Secure")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
	}

	@Test
	void overPlainHttpCookiesAreSameSiteButNotSecureAndNoHstsIsSent() throws Exception {
		String home = get("/?lang=zh-CN", false);
		String login = logIn(false);

		assertThat(RawHttp.header(home, "Strict-Transport-Security")).isNull();
		assertThat(RawHttp.setCookie(home, "slope-lang")).doesNotContain("Secure").contains("; SameSite=Lax");
		assertThat(RawHttp.setCookie(login, "SESSION")).doesNotContain("Secure").contains("; SameSite=Lax");
		assertThat(RawHttp.setCookie(login, "remember-me")).doesNotContain("Secure").contains("; SameSite=Lax");
	}

}
