package ai.slope.alerts.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.alerts.JobAlert;
import ai.slope.alerts.JobAlerts;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.PostingFixture;
import ai.slope.web.HostileInput;

/**
 * Saved jobs, job alerts and the unsubscribe links with control characters, huge numbers and malformed list
 * indexes: 400 with nothing changed for control characters, never a 5xx.
 */
@WebIntegrationTest
class AlertsHostileInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	PostingFixture postings;

	@Autowired
	JobAlerts alerts;

	@Test
	void aSeekerCannotBreakAlertsOrSavedJobs() throws Exception {
		Account seeker = this.candidates.seeker();
		long posting = this.postings.posting(this.postings.company("Hostile Alerts Co"), "ml-engineer",
				"Hostile alert posting").save().getId();
		JobAlert alert = this.alerts.create(seeker.getId(), "q=hostile", "Hostile", "DAILY");
		new HostileInput(WebSession.loggedInAs(this.mvc, seeker), this.jdbc)
			.formsOn("/alerts/new?q=hostile&role=ml-engineer", "/alerts", "/alerts/" + alert.getId() + "/edit",
					"/alerts/" + alert.getId() + "/delete", "/jobs/" + posting)
			.get("/alerts", Map.of(), "page")
			.get("/saved", Map.of(), "page")
			.post("/saved/" + posting + "/remove", Map.of("from", "saved"), "from", "page")
			.paths("/alerts?page=2147483647", "/saved?page=99999999999", "/alerts/99999999999999999999/edit",
					"/saved/99999999999999999999", "/alerts/new?role%5B256%5D=x&country%5B999%5D=x&q=%7Bx%7D")
			.verify();
	}

	@Test
	void theUnsubscribeLinksRefuseControlCharactersAndNeverFail() throws Exception {
		new HostileInput(new WebSession(this.mvc), this.jdbc).get("/alerts/unsubscribe", Map.of(), "token")
			.post("/alerts/unsubscribe", Map.of("token", "x"), "token")
			.post("/alerts/resubscribe", Map.of("token", "x"), "token")
			.verify();
	}

}
