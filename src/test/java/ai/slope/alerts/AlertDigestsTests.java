package ai.slope.alerts;

import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.TestMailServer;
import ai.slope.candidates.CandidateFixture;
import ai.slope.companies.Company;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The daily job of alert mails, on PostgreSQL with a real SMTP server (GreenMail). Tests share the
 * database, so each looks only at its own seeker's mails and alert.
 */
@WebIntegrationTest
class AlertDigestsTests {

	@Autowired
	AlertDigests digests;

	@Autowired
	JobAlerts alerts;

	@Autowired
	JobAlertRepository repository;

	@Autowired
	CandidateFixture people;

	@Autowired
	PostingFixture postings;

	@Autowired
	Accounts accounts;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	JdbcTemplate jdbc;

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/**
	 * An alert that last looked two days ago and is due today.
	 */
	private JobAlert dueAlert(Account seeker, String query, String name) {
		JobAlert alert = this.alerts.create(seeker.getId(), query, name, "DAILY");
		// set in SQL, not made with a moved clock: an alert made two days ago is due yesterday, not today, and the
		// tests check that an alert not mailed stays due today
		this.jdbc.update("update job_alert set covered_until = ?, due_on = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))), today(), alert.getId());
		return alert;
	}

	private JobAlert reload(JobAlert alert) {
		return this.repository.findById(alert.getId()).orElseThrow();
	}

	private static List<MimeMessage> mailsTo(Account account) {
		return TestMailServer.mailsTo(account.getEmail());
	}

	private static String path(JobPosting posting) {
		return "/jobs/" + posting.getId() + "-" + posting.getSlug();
	}

	@Test
	void aDailyAlertMailsTheNewMatchingPostingsOnceAndNothingWhenNothingIsNew() throws Exception {
		Account seeker = this.people.seeker();
		Company company = this.postings.company("Zorblax Labs");
		JobPosting fresh = this.postings.posting(company, "ml-engineer", "Zorblaxian engineer").publishedDaysAgo(1).save();
		JobPosting old = this.postings.posting(company, "ml-engineer", "Zorblaxian researcher").publishedDaysAgo(5).save();
		JobPosting other = this.postings.posting(company, "ml-engineer", "Gardener").publishedDaysAgo(1).save();
		JobAlert alert = dueAlert(seeker, "q=zorblaxian", "Zorblax");
		Instant now = Instant.now();

		this.digests.run(now);

		assertThat(mailsTo(seeker)).hasSize(1);
		MimeMessage mail = mailsTo(seeker).get(0);
		String body = TestMailServer.body(mail);
		assertThat(mail.getSubject()).isEqualTo("1 new opening for “Zorblax” on Slope");
		assertThat(body).startsWith("Hello " + seeker.getDisplayName() + ",")
			.contains("1 new opening matches your alert “Zorblax”:", "* Zorblaxian engineer – Zorblax Labs",
					"San Francisco, United States · Hybrid", "USD 150,000–200,000 a year",
					"https://slope.test" + path(fresh), "https://slope.test/alerts",
					"https://slope.test/alerts/unsubscribe?token=" + alert.getId() + ".")
			.doesNotContain(old.getTitle(), other.getTitle(), "more");
		assertThat(mail.getHeader("List-Unsubscribe")[0])
			.startsWith("<https://slope.test/alerts/unsubscribe?token=" + alert.getId() + ".");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		JobAlert after = reload(alert);
		assertThat(after.getLastSentCount()).isEqualTo(1);
		assertThat(after.getDueOn()).isEqualTo(today().plusDays(1));
		assertThat(after.getCoveredUntil()).isCloseTo(now.minus(AlertDigests.PUBLICATION_LAG), within(1, ChronoUnit.MILLIS));

		this.digests.run(now.plusSeconds(60));
		assertThat(mailsTo(seeker)).as("a second run on the same day sends nothing").hasSize(1);

		this.digests.run(now.plus(Duration.ofDays(1)));
		assertThat(mailsTo(seeker)).as("nothing new, nothing sent").hasSize(1);
		assertThat(reload(alert).getDueOn()).isEqualTo(today().plusDays(2));
		assertThat(reload(alert).getLastSentAt()).isEqualTo(after.getLastSentAt());
	}

	@Test
	void aMailListsTheTwentyNewestAndLinksToTheRest() throws Exception {
		Account seeker = this.people.seeker();
		Company company = this.postings.company("Manyco");
		for (int i = 1; i <= 22; i++) {
			this.postings.posting(company, "data-engineer", "Quillbeam pipeline " + i)
				.publishedAgo(Duration.ofHours(30 - i))
				.save();
		}
		dueAlert(seeker, "q=quillbeam&role=data-engineer", "Quillbeam");

		this.digests.run(Instant.now());

		String body = TestMailServer.body(mailsTo(seeker).get(0));
		assertThat(mailsTo(seeker).get(0).getSubject()).isEqualTo("22 new openings for “Quillbeam” on Slope");
		assertThat(body.lines().filter(line -> line.startsWith("* Quillbeam pipeline"))).hasSize(20);
		assertThat(body.indexOf("Quillbeam pipeline 22")).isLessThan(body.indexOf("Quillbeam pipeline 21"));
		assertThat(body).doesNotContain("Quillbeam pipeline 1 ", "Quillbeam pipeline 2 ")
			.contains("…and 2 more. See them at the top of the search, newest first:",
					"https://slope.test/jobs?q=quillbeam&role=data-engineer&sort=newest");
	}

	@Test
	void aWeeklyAlertGoesOutOnMondays() throws Exception {
		Account seeker = this.people.seeker();
		JobAlert alert = this.alerts.create(seeker.getId(), "q=fennecwise", "Fennec", "WEEKLY");
		this.postings.posting(this.postings.company("Fennecco"), "ai-safety", "Fennecwise evaluator")
			.publishedAgo(Duration.ZERO)
			.save();
		LocalDate monday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		assertThat(alert.getDueOn()).isEqualTo(monday);
		Instant sundayMorning = monday.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC);
		Instant mondayMorning = monday.atTime(7, 0).toInstant(ZoneOffset.UTC);

		this.digests.run(sundayMorning);
		assertThat(mailsTo(seeker)).isEmpty();

		this.digests.run(mondayMorning);
		assertThat(mailsTo(seeker)).hasSize(1);
		assertThat(TestMailServer.body(mailsTo(seeker).get(0)))
			.contains("You get this mail on Mondays when there are new openings for this alert.");
		assertThat(reload(alert).getDueOn()).isEqualTo(monday.plusWeeks(1));

		this.digests.run(mondayMorning.plus(Duration.ofDays(1)));
		assertThat(mailsTo(seeker)).hasSize(1);
	}

	@Test
	void aFailedMailKeepsTheAlertDueAndTheNextRunSendsIt() throws Exception {
		Account seeker = this.people.seeker();
		this.postings.posting(this.postings.company("Retryco"), "ml-engineer", "Wobbegong trainer")
			.publishedDaysAgo(1)
			.save();
		JobAlert alert = dueAlert(seeker, "q=wobbegong", "Wobbegong");
		int port = this.mailSender.getPort();
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		AlertDigests.Result failedRun;
		this.mailSender.setPort(closed);
		try {
			failedRun = this.digests.run(Instant.now());
		}
		finally {
			this.mailSender.setPort(port);
		}

		assertThat(failedRun.failed()).isGreaterThanOrEqualTo(1);
		assertThat(mailsTo(seeker)).isEmpty();
		assertThat(reload(alert).getDueOn()).as("still due").isEqualTo(today());
		assertThat(reload(alert).getLastSentAt()).isNull();

		this.digests.run(Instant.now());

		assertThat(mailsTo(seeker)).hasSize(1);
		assertThat(TestMailServer.body(mailsTo(seeker).get(0))).contains("Wobbegong trainer");
		assertThat(reload(alert).getDueOn()).isEqualTo(today().plusDays(1));
	}

	@Test
	void twoRunsAtOnceSendOneMail() throws Exception {
		Account seeker = this.people.seeker();
		this.postings.posting(this.postings.company("Raceco"), "ml-engineer", "Quetzalcore racer")
			.publishedDaysAgo(1)
			.save();
		dueAlert(seeker, "q=quetzalcore", "Quetzal");
		Instant now = Instant.now();
		CountDownLatch start = new CountDownLatch(1);

		List<CompletableFuture<AlertDigests.Result>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.digests.run(now);
		})).toList();
		start.countDown();
		runs.forEach(CompletableFuture::join);

		assertThat(mailsTo(seeker)).hasSize(1);
	}

	@Test
	void theScheduledRunWaitsForTheLockOfAnotherInstance() throws Exception {
		Account seeker = this.people.seeker();
		this.postings.posting(this.postings.company("Lockco"), "ml-engineer", "Xerophyte locksmith")
			.publishedDaysAgo(1)
			.save();
		dueAlert(seeker, "q=xerophyte", "Xerophyte");
		this.jdbc.update("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (?, now() + interval '1 hour', now(), 'another-instance')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""",
				AlertDigests.LOCK_NAME);
		try {
			this.digests.runScheduled();
			assertThat(mailsTo(seeker)).as("another instance holds the lock").isEmpty();
		}
		finally {
			// the other instance is done (ShedLock remembers that the row exists, so it stays; its lock times keep
			// the real clock, so this is SQL, not the test clock)
			this.jdbc.update("update shedlock set lock_until = now() - interval '1 second' where name = ?",
					AlertDigests.LOCK_NAME);
		}

		this.digests.runScheduled();

		assertThat(mailsTo(seeker)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
				AlertDigests.LOCK_NAME)).isNotEqualTo("another-instance");
	}

	@Test
	void theMailIsInTheOwnersLanguage() throws Exception {
		Account seeker = this.people.seeker(Locale.SIMPLIFIED_CHINESE);
		this.postings.posting(this.postings.company("Hanzi Co"), "research-scientist", "Yakbrush scientist")
			.publishedDaysAgo(1)
			.save();
		dueAlert(seeker, "q=yakbrush", "牦牛");

		this.digests.run(Instant.now());

		MimeMessage mail = mailsTo(seeker).get(0);
		assertThat(mail.getSubject()).isEqualTo("Slope 上有 1 个符合“牦牛”的新机会");
		assertThat(TestMailServer.body(mail)).startsWith(seeker.getDisplayName() + "，你好：")
			.contains("有 1 个新机会符合你的提醒“牦牛”：", "美国", "一键停止此提醒（无需登录）：");
	}

	@Test
	void pausedAlertsAndSuspendedSeekersGetNoMail() throws Exception {
		Account paused = this.people.seeker();
		Account suspended = this.people.seeker();
		this.postings.posting(this.postings.company("Quietco"), "ml-engineer", "Ocelotique builder")
			.publishedDaysAgo(1)
			.save();
		JobAlert pausedAlert = dueAlert(paused, "q=ocelotique", "Paused");
		this.alerts.pause(paused.getId(), pausedAlert.getId());
		JobAlert suspendedAlert = dueAlert(suspended, "q=ocelotique", "Suspended");
		this.accounts.suspend(suspended.getId());

		this.digests.run(Instant.now());

		assertThat(mailsTo(paused)).isEmpty();
		assertThat(mailsTo(suspended)).isEmpty();
		assertThat(reload(suspendedAlert).getDueOn()).as("not tried again and again").isEqualTo(today().plusDays(1));
		assertThat(reload(pausedAlert).getDueOn()).isEqualTo(today());
	}

}
