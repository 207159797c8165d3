package ai.slope.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.jobs.JobStatus;
import ai.slope.jobs.PostingNotFoundException;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;

/**
 * Clicks on the external apply link of postings that take applications on the company's own site, counted per
 * posting and day (UTC) by one upsert; nobody is identified.
 */
@Service
public class ApplyClicks {

	private final JdbcClient jdbc;

	private final Postings postings;

	private final Clock clock;

	ApplyClicks(JdbcClient jdbc, Postings postings, Clock clock) {
		this.jdbc = jdbc;
		this.postings = postings;
		this.clock = clock;
	}

	/**
	 * Counts a click on a live posting's external apply link.
	 * @return where to send the seeker: the posting's apply URL
	 * @throws ApplyRefusedException with {@code CLOSED} for a posting closed or expired, {@code NOT_FOUND} for one
	 * the public does not see or one that takes applications in Slope (it has no link to follow)
	 */
	@Transactional
	public String click(long postingId) {
		PostingView posting;
		try {
			posting = this.postings.view(postingId);
		}
		catch (PostingNotFoundException ex) {
			throw new ApplyRefusedException(ApplyRefusedException.Reason.NOT_FOUND, postingId);
		}
		if (posting.status() != JobStatus.PUBLISHED || posting.inAppApply()) {
			throw new ApplyRefusedException((posting.status() == JobStatus.CLOSED
					|| posting.status() == JobStatus.EXPIRED) ? ApplyRefusedException.Reason.CLOSED
							: ApplyRefusedException.Reason.NOT_FOUND, postingId);
		}
		if (!posting.isLive(this.clock.instant())) {
			throw new ApplyRefusedException(ApplyRefusedException.Reason.CLOSED, postingId);
		}
		this.jdbc.sql("""
				insert into apply_click (posting_id, day, clicks) values (:posting, :day, 1)
				on conflict (posting_id, day) do update set clicks = apply_click.clicks + 1""")
			.param("posting", postingId)
			.param("day", LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return posting.applyUrl();
	}

	/**
	 * The clicks counted on the posting's apply link.
	 * @param days the last so many days, today (UTC) included
	 */
	@Transactional(readOnly = true)
	public Counts counts(long postingId, int days) {
		LocalDate from = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusDays(days - 1L);
		return this.jdbc.sql("""
				select coalesce(sum(clicks), 0) as total,
				       coalesce(sum(clicks) filter (where day >= :from), 0) as recent
				from apply_click where posting_id = :posting""")
			.param("posting", postingId)
			.param("from", from)
			.query((rs, n) -> new Counts(rs.getLong("total"), rs.getLong("recent"), days))
			.single();
	}

	/**
	 * @param recent the clicks of the last {@code days} days
	 */
	public record Counts(long total, long recent, int days) {
	}

}
