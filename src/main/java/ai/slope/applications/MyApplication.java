package ai.slope.applications;

import java.time.Instant;

import ai.slope.jobs.JobStatus;
import ai.slope.jobs.Slugs;

/**
 * An application as its seeker sees it in their list: where it stands, and the posting it went to.
 * @param appliedAt when they applied, or for an invitation not accepted when they were invited
 * @param contactShared false while it is an invitation (SOURCED), and after they declined it or the company
 * withdrew it
 * @param invitationNote what the recruiter who invited them wrote, or empty
 */
public record MyApplication(long id, Stage stage, Instant appliedAt, Instant stageChangedAt, long postingId,
		String postingTitle, String postingSlug, String companyName, String companySlug, JobStatus postingStatus,
		Instant postingExpiresAt, boolean contactShared, String invitationNote) {

	public boolean isInvitation() {
		return this.stage == Stage.SOURCED;
	}

	/**
	 * The message key of the sentence that explains the stage: an invitation declined or withdrawn by the company
	 * has its own.
	 */
	public String explanationKey() {
		String key = "applications.application.explain." + this.stage.name();
		return (!this.contactShared && !isInvitation()) ? key + ".invitation" : key;
	}

	/** The public page of the posting; once the posting has ended it says so (status 410). */
	public String postingPath() {
		return Slugs.path(this.postingId, this.postingSlug);
	}

	public boolean postingLive(Instant now) {
		return this.postingStatus == JobStatus.PUBLISHED && this.postingExpiresAt != null
				&& this.postingExpiresAt.isAfter(now);
	}

	/**
	 * Whether the posting was closed or expired (it was public: they applied or were invited to it), so that its
	 * page still shows it.
	 */
	public boolean postingEnded(Instant now) {
		return this.postingStatus == JobStatus.CLOSED || this.postingStatus == JobStatus.EXPIRED
				|| (this.postingStatus == JobStatus.PUBLISHED && this.postingExpiresAt != null
						&& !this.postingExpiresAt.isAfter(now));
	}

}
