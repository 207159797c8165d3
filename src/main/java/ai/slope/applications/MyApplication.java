package ai.slope.applications;

import java.time.Instant;

import ai.slope.jobs.JobStatus;

/**
 * An application as its seeker sees it in their list: where it stands, and the posting it went to.
 */
public record MyApplication(long id, Stage stage, Instant appliedAt, Instant stageChangedAt, long postingId,
		String postingTitle, String postingSlug, String companyName, String companySlug, JobStatus postingStatus,
		Instant postingExpiresAt) {

	/** The public page of the posting; it answers 404 once the posting is no longer live. */
	public String postingPath() {
		return "/jobs/" + this.postingId + "-" + this.postingSlug;
	}

	public boolean postingLive(Instant now) {
		return this.postingStatus == JobStatus.PUBLISHED && this.postingExpiresAt != null
				&& this.postingExpiresAt.isAfter(now);
	}

}
