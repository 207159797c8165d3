package ai.slope.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobQueryStrings;
import ai.slope.jobs.JobSearch;

/**
 * The daily job that mails each due alert the postings published since its last digest: daily alerts on
 * every run, weekly ones on Mondays (or on the first run after, if Monday's did not happen). An alert with
 * nothing new gets no mail. ShedLock holds a lock row while it runs, so with several instances it runs on
 * one of them.
 * <p>
 * Each alert is handled in a transaction of its own that locks its row, mails, and only then records the
 * digest (how far it looked, the next day it is due). A mail that fails rolls that back: the alert stays due
 * and the next run mails it, with everything since its last digest; the other alerts go on. A second run on
 * the same day finds nothing due. Postings count for the window (last digest, now minus
 * {@link #PUBLICATION_LAG}], so a posting published just as the job runs, whose commit the search does not
 * see yet, comes in the next digest rather than never.
 */
@Component
public class AlertDigests {

	static final String LOCK_NAME = "alert-digests";

	/** How long before the run a posting must have been published to be in its digest. */
	static final Duration PUBLICATION_LAG = Duration.ofMinutes(5);

	/** The newest postings listed in a mail; the mail links to the search for the rest. */
	static final int POSTINGS_PER_MAIL = 20;

	private static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);

	private final JobAlertRepository alerts;

	private final JobQueryStrings queryStrings;

	private final JobSearch search;

	private final Accounts accounts;

	private final AlertMails mails;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AlertDigests(JobAlertRepository alerts, JobQueryStrings queryStrings, JobSearch search, Accounts accounts,
			AlertMails mails, TransactionTemplate transactions, Clock clock) {
		this.alerts = alerts;
		this.queryStrings = queryStrings;
		this.search = search;
		this.accounts = accounts;
		this.mails = mails;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${slope.alerts.cron:0 0 7 * * *}", zone = "UTC")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	public void runScheduled() {
		run(this.clock.instant());
	}

	/**
	 * Mails the alerts due at {@code now} (without the lock: for tests and operators).
	 */
	public Result run(Instant now) {
		LocalDate today = JobAlerts.today(now);
		Instant until = now.minus(PUBLICATION_LAG);
		int sent = 0;
		int nothingNew = 0;
		int skipped = 0;
		int failed = 0;
		long after = 0;
		List<Long> due;
		while (!(due = this.alerts.findDueIds(today, after, PageRequest.of(0, BATCH))).isEmpty()) {
			for (long id : due) {
				after = id;
				try {
					switch (this.transactions.execute(status -> digest(id, today, until, now))) {
						case SENT -> sent++;
						case NOTHING_NEW -> nothingNew++;
						case SKIPPED -> skipped++;
						case NOT_DUE -> {
						}
					}
				}
				catch (RuntimeException ex) {
					failed++;
					log.warn("Alert {} was not mailed; it stays due and the next run tries again", id, ex);
				}
			}
		}
		log.info("Alert digests for {}: {} sent, {} with nothing new, {} skipped, {} failed", today, sent, nothingNew,
				skipped, failed);
		return new Result(sent, nothingNew, skipped, failed);
	}

	private Outcome digest(long id, LocalDate today, Instant until, Instant now) {
		JobAlert alert = this.alerts.findAndLock(id).orElse(null);
		if (alert == null || !alert.isDueOn(today)) {
			return Outcome.NOT_DUE;
		}
		Optional<Account> owner = this.accounts.findById(alert.getAccountId())
			.filter(account -> !account.isSuspended() && account.getRole() == Role.SEEKER);
		Optional<JobQuery> query = this.queryStrings.parse(alert.getQuery());
		if (owner.isEmpty() || query.isEmpty()) {
			// a suspended owner, or a search that no longer parses (a role type was removed): no mail, and
			// no pile of old postings later either
			alert.digested(today, until, now, 0);
			return Outcome.SKIPPED;
		}
		JobSearch.NewPostings found = until.isAfter(alert.getCoveredUntil())
				? this.search.publishedBetween(query.get(), alert.getCoveredUntil(), until, POSTINGS_PER_MAIL)
				: new JobSearch.NewPostings(List.of(), 0);
		if (found.total() == 0) {
			alert.digested(today, until, now, 0);
			return Outcome.NOTHING_NEW;
		}
		this.mails.sendDigest(owner.get(), alert, found);
		alert.digested(today, until, now, (int) Math.min(found.total(), Integer.MAX_VALUE));
		return Outcome.SENT;
	}

	private enum Outcome {

		SENT, NOTHING_NEW, SKIPPED, NOT_DUE

	}

	/**
	 * @param sent alerts mailed
	 * @param nothingNew alerts due with no new posting, not mailed
	 * @param skipped alerts due whose owner is suspended or whose search no longer works, not mailed
	 * @param failed alerts whose mail failed; they stay due
	 */
	public record Result(int sent, int nothingNew, int skipped, int failed) {
	}

}
