package ai.slope.roles.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.web.HostileInput;

/**
 * The role taxonomy's public pages and API with control characters, huge numbers and malformed list indexes:
 * 400 for control characters, never a 5xx. (Its admin forms are attacked by the admin module's tests.)
 */
@WebIntegrationTest
class RolesHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRolePagesAndApiRefuseControlCharactersAndNeverFail() throws Exception {
		new HostileInput(new WebSession(this.mvc), this.jdbc).get("/api/v1/role-types", Map.of(), "lang", "family")
			.get("/roles/ml-engineer", Map.of(), "lang", "page")
			.paths("/roles/99999999999999999999", "/roles/%7Bx%7D", "/roles/ml-engineer-%E2%80%AE")
			.verify();
	}

}
