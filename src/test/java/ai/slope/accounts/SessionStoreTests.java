package ai.slope.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last-access time is written again only once it is a minute old, or when the session's id,
 * principal or timeout change (see {@link SessionStore}).
 */
@WebIntegrationTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	private long lastAccess(WebSession browser) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				browser.sessionId());
	}

	@Test
	void requestsWithinAMinuteReadTheSessionWithoutWritingItAndLaterOnesWriteIt() throws Exception {
		Account seeker = AccountFixture.create(this.accounts, Role.SEEKER);
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, browser.sessionId())).isEqualTo(seeker.getEmail());
		long afterLogin = lastAccess(browser);

		Thread.sleep(20);
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		assertThat(lastAccess(browser)).isEqualTo(afterLogin);

		// a minute later, set in SQL: Spring Session stamps sessions with its own clock, not Slope's Clock bean
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 61000 where session_id = ?",
				browser.sessionId());
		assertThat(browser.get("/account").getStatus()).isEqualTo(200);
		assertThat(lastAccess(browser)).isGreaterThanOrEqualTo(afterLogin);
	}

}
