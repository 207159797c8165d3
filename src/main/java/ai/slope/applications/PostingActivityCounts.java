package ai.slope.applications;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.jobs.PostingActivity;

/**
 * What seekers did with postings, for the pages of the jobs module: applications and apply-link clicks for the
 * recruiter's dashboard (two grouped queries for a page of postings, whatever its size), and a seeker's own
 * application for the posting's page. Candidates the company invited count as applications only once they accept
 * ({@code contact_shared}): an invitation waiting, declined or withdrawn is not one.
 */
@Component
class PostingActivityCounts implements PostingActivity {

	private final JdbcClient jdbc;

	private final ApplicationRepository applications;

	PostingActivityCounts(JdbcClient jdbc, ApplicationRepository applications) {
		this.jdbc = jdbc;
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Applied> appliedBy(long accountId, long postingId) {
		return this.applications.findByPostingIdAndAccountId(postingId, accountId)
			.map(application -> new Applied(application.getId(), application.getAppliedAt(),
					application.getStage().seekerMessageKey(), application.getStage() == Stage.SOURCED));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Counts> of(Collection<Long> postingIds) {
		Map<Long, Counts> counts = new HashMap<>();
		if (postingIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select posting_id, count(*) filter (where stage <> 'WITHDRAWN' and contact_shared) as applications,
				       count(*) filter (where stage = 'APPLIED') as unreviewed
				from application where posting_id in (:ids) group by posting_id""")
			.param("ids", postingIds)
			.query((rs, n) -> counts.put(rs.getLong("posting_id"),
					new Counts(rs.getLong("applications"), rs.getLong("unreviewed"), 0)))
			.list();
		this.jdbc.sql("select posting_id, sum(clicks) as clicks from apply_click where posting_id in (:ids) group by posting_id")
			.param("ids", postingIds)
			.query((rs, n) -> counts.merge(rs.getLong("posting_id"), new Counts(0, 0, rs.getLong("clicks")),
					(a, b) -> new Counts(a.applications(), a.unreviewed(), b.applyClicks())))
			.list();
		return counts;
	}

}
