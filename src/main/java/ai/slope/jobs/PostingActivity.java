package ai.slope.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What job seekers did with postings, for the recruiter's dashboard: the module that takes applications
 * implements it (postings know nothing of applications, which keeps the modules acyclic).
 */
public interface PostingActivity {

	/**
	 * The activity of each of those postings; a posting with none may be left out.
	 */
	Map<Long, Counts> of(Collection<Long> postingIds);

	/**
	 * The account's application to the posting, if it made one: what the posting's page shows instead of Apply.
	 */
	Optional<Applied> appliedBy(long accountId, long postingId);

	/**
	 * @param appliedAt when the seeker applied, or was invited to
	 * @param stageMessageKey the message key of the application's stage
	 * @param invitation whether a recruiter invited the seeker and they have not answered yet
	 */
	record Applied(long applicationId, Instant appliedAt, String stageMessageKey, boolean invitation) {
	}

	/**
	 * @param applications the applications in Slope, withdrawn ones left out
	 * @param unreviewed those of them still at the first stage
	 * @param applyClicks clicks on the posting's external apply link
	 */
	record Counts(long applications, long unreviewed, long applyClicks) {

		public static final Counts NONE = new Counts(0, 0, 0);

	}

}
