package ai.slope.salaries.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.web.HostileInput;

/**
 * The salary explorer, its API and the seeker's salary submission with control characters, huge numbers and
 * malformed list indexes: 400 with nothing changed for control characters, never a 5xx. (The admin's salary pages
 * are attacked by the admin module's tests.)
 */
@WebIntegrationTest
class SalariesHostileInputTests {

	static final String[] EXPLORER = { "roleType", "level", "country", "from", "to", "remote" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateFixture candidates;

	@Test
	void theExplorerAndItsApiRefuseControlCharactersAndNeverFail() throws Exception {
		new HostileInput(new WebSession(this.mvc), this.jdbc).get("/salaries", Map.of(), EXPLORER)
			.get("/api/v1/salaries/stats", Map.of(), EXPLORER)
			.paths("/salaries?from=2147483648&to=-2147483649", "/api/v1/salaries/stats?from=1e309&remote=99999999999999999999")
			.verify();
	}

	@Test
	void aSeekerCannotBreakTheSalarySubmission() throws Exception {
		new HostileInput(WebSession.loggedInAs(this.mvc, this.candidates.seeker()), this.jdbc).formsOn("/salaries/submit")
			.verify();
	}

}
