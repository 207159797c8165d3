package ai.slope.salaries;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks FAILED, as {@linkplain ImportReport#INTERRUPTED interrupted}, every import still running that has shown no
 * progress for {@link #STALLED}: the instance that ran it stopped (its transaction rolled back, so nothing of it was
 * stored), and it would otherwise show as running for ever.
 */
@Component
public class StalledImports {

	private static final Logger log = LoggerFactory.getLogger(StalledImports.class);

	/** How long a running import may show no progress before it counts as interrupted. */
	static final Duration STALLED = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	StalledImports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every few minutes, on every instance: the update is the same whichever runs it.
	 * @return how many imports were marked
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	@Transactional
	public int failStalled() {
		Instant now = this.clock.instant();
		int stalled = this.jdbc.sql("""
				update salary_import set status = 'FAILED', finished_at = ?, failure = ?,
				  rows_imported = 0, rows_duplicate = 0, rows_rejected = 0
				where status = 'RUNNING' and progress_at < ?
				""").params(Timestamp.from(now), ImportReport.INTERRUPTED, Timestamp.from(now.minus(STALLED))).update();
		if (stalled > 0) {
			log.warn("{} salary import(s) showed no progress for {} and were marked as interrupted", stalled, STALLED);
		}
		return stalled;
	}

}
