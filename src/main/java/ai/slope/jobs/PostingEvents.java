package ai.slope.jobs;

/**
 * What happened to postings that someone outside the transaction should hear about; handled after commit.
 */
public final class PostingEvents {

	private PostingEvents() {
	}

	/**
	 * An admin approved the posting and it is on the board; its recruiters are told.
	 */
	public record PostingApproved(long postingId) {
	}

	/**
	 * An admin rejected the posting; its recruiters are told why.
	 */
	public record PostingRejected(long postingId, String reason) {
	}

	/**
	 * A recruiter closed the posting; when it was filled, its remaining applicants are told.
	 */
	public record PostingClosed(long postingId, CloseReason reason) {
	}

	/**
	 * The posting expires within the reminder period; its recruiters are reminded once.
	 */
	public record PostingExpiringSoon(long postingId) {
	}

}
