package ai.slope.applications;

/**
 * Why a seeker cannot apply to a posting at all, whatever they send: pages turn each reason into their own answer.
 */
public class ApplyRefusedException extends RuntimeException {

	public enum Reason {

		/** No such posting, or one the public does not see (a draft, one in review, a rejected one). */
		NOT_FOUND,
		/** The posting was closed or has expired. */
		CLOSED,
		/** The posting takes applications on the company's own site. */
		EXTERNAL,
		/** The seeker has applied to it already (see {@link #getApplicationId()}). */
		ALREADY_APPLIED,
		/**
		 * The company invited the seeker to it and the invitation waits for their answer (see
		 * {@link #getApplicationId()}): accepting it is applying.
		 */
		INVITED

	}

	private final Reason reason;

	private final long postingId;

	private final Long applicationId;

	ApplyRefusedException(Reason reason, long postingId, Long applicationId) {
		super(reason + " for posting " + postingId, null, false, false);
		this.reason = reason;
		this.postingId = postingId;
		this.applicationId = applicationId;
	}

	ApplyRefusedException(Reason reason, long postingId) {
		this(reason, postingId, null);
	}

	public Reason getReason() {
		return this.reason;
	}

	public long getPostingId() {
		return this.postingId;
	}

	/**
	 * The seeker's application when they have applied already or been invited, or null.
	 */
	public Long getApplicationId() {
		return this.applicationId;
	}

}
