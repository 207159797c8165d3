package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No discoverable profile of that account: it does not exist, or its owner keeps it private.
 */
public class CandidateNotFoundException extends NotFoundException {

	public CandidateNotFoundException(long accountId) {
		super("No discoverable profile of account " + accountId);
	}

}
