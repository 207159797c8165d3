package ai.slope.alerts.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.alerts.AlertDigests;
import ai.slope.alerts.JobAlert;
import ai.slope.alerts.JobAlerts;
import ai.slope.alerts.UnsubscribeTokens;
import ai.slope.candidates.CandidateFixture;
import ai.slope.jobs.PostingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@WebIntegrationTest
class UnsubscribeTests {

	private static final Pattern LINK = Pattern.compile("https://slope\\.test(/alerts/unsubscribe\\?token=\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateFixture people;

	@Autowired
	PostingFixture postings;

	@Autowired
	JobAlerts alerts;

	@Autowired
	AlertDigests digests;

	@Autowired
	UnsubscribeTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Mails a digest of a new alert with one new posting and returns the unsubscribe link of the mail.
	 */
	private String mailedLink(Account seeker, String keyword) {
		this.postings.posting(this.postings.company(keyword + " Inc"), "ml-engineer", keyword + " engineer")
			.publishedDaysAgo(1)
			.save();
		JobAlert alert = this.alerts.create(seeker.getId(), "q=" + keyword, keyword, "DAILY");
		// due today and last looked two days ago, as AlertDigestsTests.dueAlert (no state a moved clock makes)
		this.jdbc.update("update job_alert set covered_until = ?, due_on = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))), LocalDate.now(ZoneOffset.UTC),
				alert.getId());
		this.digests.run(Instant.now());
		String body = TestMailServer.body(TestMailServer.mailsTo(seeker.getEmail()).get(0));
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("an unsubscribe link in %s", body).isTrue();
		return link.group(1);
	}

	private JobAlert onlyAlertOf(Account seeker) {
		return this.alerts.page(seeker.getId(), 1).getContent().get(0);
	}

	@Test
	void theLinkInTheMailUnsubscribesWithoutALoginOnceOrTwiceAndCanBeUndone() throws Exception {
		Account seeker = this.people.seeker();
		String link = mailedLink(seeker, "Tardigrader");
		WebSession anonymous = new WebSession(this.mvc);

		Document done = anonymous.page(link);

		assertThat(done.select("h1").text()).isEqualTo("You are unsubscribed");
		assertThat(done.select("#unsubscribe-done").text())
			.isEqualTo("No more mails will come for the alert “Tardigrader”.");
		assertThat(onlyAlertOf(seeker).isActive()).isFalse();
		assertThat(onlyAlertOf(seeker).getUnsubscribedAt()).isNotNull();
		assertThat(anonymous.get(link).getStatus()).as("twice is fine").isEqualTo(200);
		assertThat(onlyAlertOf(seeker).isActive()).isFalse();

		this.digests.run(Instant.now().plus(Duration.ofDays(3)));
		assertThat(TestMailServer.mailsTo(seeker.getEmail())).as("no mail once unsubscribed").hasSize(1);

		Document again = Jsoup.parse(anonymous.post("/alerts/resubscribe", "token", done.select("input[name=token]").val())
			.getContentAsString());
		assertThat(again.select("#resubscribe-done").text()).startsWith("The alert “Tardigrader” mails you again (Daily)");
		assertThat(onlyAlertOf(seeker).isActive()).isTrue();
		assertThat(onlyAlertOf(seeker).getUnsubscribedAt()).isNull();
	}

	@Test
	void theSeekerSeesOnTheAlertsPageThatAMailUnsubscribedIt() throws Exception {
		Account seeker = this.people.seeker();
		String link = mailedLink(seeker, "Axolotlish");
		new WebSession(this.mvc).page(link);

		Document list = WebSession.loggedInAs(this.mvc, seeker).page("/alerts");

		assertThat(list.select(".job-alert .status-badge").text()).isEqualTo("Paused");
		assertThat(list.select(".job-alert .alert-when").text()).contains("Last mail", "with 1 new opening",
				"unsubscribed from a mail on");
	}

	@Test
	void mailProgramsUnsubscribeWithABarePost() throws Exception {
		Account seeker = this.people.seeker();
		String link = mailedLink(seeker, "Pangolinic");

		MockHttpServletResponse response = this.mvc
			.perform(post(link).param("List-Unsubscribe", "One-Click"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(onlyAlertOf(seeker).isActive()).isFalse();
	}

	@Test
	void theMailProgramAndThePersonUnsubscribingAtOnceBothGetTheAnswer() throws Exception {
		Account seeker = this.people.seeker();
		String link = mailedLink(seeker, "Quokkaish");
		int requests = 8;
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
		java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				boolean byMailProgram = i % 2 == 0;
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(byMailProgram ? post(link).param("List-Unsubscribe", "One-Click")
								: org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}

		for (java.util.concurrent.Future<Integer> answer : answers) {
			assertThat(answer.get()).isEqualTo(200);
		}
		assertThat(onlyAlertOf(seeker).isActive()).isFalse();
	}

	@Test
	void aTamperedOrMissingTokenGetsAClearPageAndChangesNothing() throws Exception {
		Account seeker = this.people.seeker();
		JobAlert mine = this.alerts.create(seeker.getId(), "q=okapi", "Okapi", "DAILY");
		JobAlert other = this.alerts.create(this.people.seeker().getId(), "q=okapi", "Not mine", "DAILY");
		String token = this.tokens.tokenFor(mine.getId());
		String signature = token.substring(token.indexOf('.'));
		char last = token.charAt(token.length() - 1);
		WebSession anonymous = new WebSession(this.mvc);

		for (String bad : new String[] { token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
				other.getId() + signature, token.substring(0, token.length() - 5), "", "1.", "../../etc",
				"9999999999999999999" + signature }) {
			MockHttpServletResponse response = anonymous.get("/alerts/unsubscribe?token=" + bad);
			assertThat(response.getStatus()).as(bad).isEqualTo(400);
			assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text())
				.isEqualTo("This unsubscribe link is not valid");
		}
		assertThat(anonymous.get("/alerts/unsubscribe").getStatus()).isEqualTo(400);
		anonymous.page("/login");
		assertThat(anonymous.post("/alerts/resubscribe", "token", other.getId() + signature).getStatus()).isEqualTo(400);
		assertThat(this.alerts.find(seeker.getId(), mine.getId()).isActive()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from job_alert where id in (?, ?) and active", Integer.class,
				mine.getId(), other.getId())).isEqualTo(2);
	}

	@Test
	void theLinkOfADeletedAlertSaysNothingMoreWillCome() throws Exception {
		Account seeker = this.people.seeker();
		JobAlert alert = this.alerts.create(seeker.getId(), "q=narwhal", "Narwhal", "WEEKLY");
		String token = this.tokens.tokenFor(alert.getId());
		this.alerts.delete(seeker.getId(), alert.getId());

		Document page = new WebSession(this.mvc).page("/alerts/unsubscribe?token=" + token);

		assertThat(page.select("h1").text()).isEqualTo("This alert no longer exists");
		assertThat(page.select("#unsubscribe-gone").text()).isEqualTo("It was deleted, so no more mails will come for it.");
	}

}
