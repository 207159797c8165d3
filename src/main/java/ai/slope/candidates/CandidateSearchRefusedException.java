package ai.slope.candidates;

/**
 * The recruiter may not search candidates: they belong to no company, or to one that Slope has not verified yet.
 */
public class CandidateSearchRefusedException extends RuntimeException {

	/** Why; the message files explain each under {@code candidates.search.refused.*}. */
	public enum Reason {

		NO_COMPANY, UNVERIFIED

	}

	private final Reason reason;

	public CandidateSearchRefusedException(Reason reason) {
		super("Candidate search refused: " + reason);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

}
