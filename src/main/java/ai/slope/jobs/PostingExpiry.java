package ai.slope.jobs;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily job: expires the postings whose time is up and reminds recruiters a week before theirs expire.
 * ShedLock holds a lock row in the {@code shedlock} table while it runs, so with several instances of Slope
 * it runs on one of them. The time comes from a {@link Clock} (a bean of that type, if any), and tests call
 * {@link #run(Instant)} with the time they need.
 */
@Component
public class PostingExpiry {

	static final String LOCK_NAME = "posting-expiry";

	private static final Logger log = LoggerFactory.getLogger(PostingExpiry.class);

	private final Postings postings;

	private final Clock clock;

	PostingExpiry(Postings postings, Clock clock) {
		this.postings = postings;
		this.clock = clock;
	}

	@Scheduled(cron = "${slope.postings.expiry-cron:0 15 3 * * *}", zone = "UTC")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void runScheduled() {
		run(this.clock.instant());
	}

	/**
	 * Expires what is overdue at {@code now} and sends the reminders due at {@code now}.
	 */
	public Result run(Instant now) {
		int expired = this.postings.expireOverdue(now);
		int reminded = this.postings.remindBeforeExpiry(now);
		log.info("Posting expiry at {}: {} expired, {} reminded", now, expired, reminded);
		return new Result(expired, reminded);
	}

	public record Result(int expired, int reminded) {
	}

}
