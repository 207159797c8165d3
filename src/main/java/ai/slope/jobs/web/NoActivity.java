package ai.slope.jobs.web;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import ai.slope.jobs.PostingActivity;

/**
 * The activity of postings when no module takes applications: none.
 */
final class NoActivity implements PostingActivity {

	@Override
	public Map<Long, Counts> of(Collection<Long> postingIds) {
		return Map.of();
	}

	@Override
	public Optional<Applied> appliedBy(long accountId, long postingId) {
		return Optional.empty();
	}

}
