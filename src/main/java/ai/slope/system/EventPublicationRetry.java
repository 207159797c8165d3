package ai.slope.system;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the listeners whose event publication failed (a mail the SMTP server refused, a reindex that hit a
 * closed index): every five minutes ({@code slope.events.retry-cron}) on one instance (ShedLock), each failed
 * publication at most {@code slope.events.retry-attempts} times. A publication left in progress by an instance
 * that stopped is marked failed after an hour ({@code spring.modulith.events.staleness.*}) and retried here too.
 * Outstanding publications are not republished at start-up: with several instances each would send them again.
 */
@Component
public class EventPublicationRetry {

	static final String LOCK_NAME = "event-publication-retry";

	private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);

	private final FailedEventPublications failed;

	private final int attempts;

	EventPublicationRetry(FailedEventPublications failed, @Value("${slope.events.retry-attempts:288}") int attempts) {
		this.failed = failed;
		this.attempts = attempts;
	}

	@Scheduled(cron = "${slope.events.retry-cron:0 */5 * * * *}", zone = "UTC")
	@SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT10M")
	public void runScheduled() {
		resubmitFailed();
	}

	/**
	 * Submits every failed publication that has attempts left to its listener again.
	 */
	public void resubmitFailed() {
		log.debug("Resubmitting failed event publications");
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(Duration.ZERO)
			.withFilter(publication -> publication.getCompletionAttempts() < this.attempts));
	}

}
