package ai.slope.jobs;

/**
 * Why a recruiter closed a posting. Labels are in the message files under {@code postings.close-reason.*}.
 */
public enum CloseReason {

	FILLED, CANCELLED;

	public String messageKey() {
		return "postings.close-reason." + name();
	}

}
