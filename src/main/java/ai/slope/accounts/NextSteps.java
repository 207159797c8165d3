package ai.slope.accounts;

import java.util.List;

/**
 * What a new account should do next, offered on the account page. The modules that own the steps (the seeker's
 * profile, the recruiter's company) implement it, so accounts need not know them; each offers its steps only
 * while they are still undone.
 */
public interface NextSteps {

	List<Step> stepsFor(long accountId, Role role);

	/**
	 * One step: the message key of its link text and where the link goes.
	 */
	record Step(String messageKey, String path) {
	}

}
