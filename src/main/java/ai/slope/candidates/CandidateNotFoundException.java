package ai.slope.candidates;

/**
 * No discoverable profile of that account: it does not exist, or its owner keeps it private.
 */
public class CandidateNotFoundException extends RuntimeException {

	public CandidateNotFoundException(long accountId) {
		super("No discoverable profile of account " + accountId);
	}

}
