package ai.slope.jobs;

/**
 * Labels are in the message files under {@code job.status.*}.
 */
public enum JobStatus {

	DRAFT, PENDING_REVIEW, PUBLISHED, CLOSED, EXPIRED, REJECTED;

	public String messageKey() {
		return "job.status." + name();
	}

}
