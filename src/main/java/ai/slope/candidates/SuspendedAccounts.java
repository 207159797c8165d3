package ai.slope.candidates;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.AccountReactivated;
import ai.slope.accounts.AccountSuspended;

/**
 * Keeps a profile's {@code account_suspended} in step with its account, in the suspension's transaction: a suspended
 * account's profile is found by no one and leaves the index at once, a reactivated one comes back if it is
 * discoverable. The candidates module reads its own column rather than the accounts module's table.
 */
@Component
class SuspendedAccounts {

	private final CandidateProfileRepository profiles;

	private final CandidateIndex index;

	SuspendedAccounts(CandidateProfileRepository profiles, CandidateIndex index) {
		this.profiles = profiles;
		this.index = index;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountSuspended suspended) {
		record(suspended.accountId(), true);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountReactivated reactivated) {
		record(reactivated.accountId(), false);
	}

	private void record(long accountId, boolean suspended) {
		if (this.profiles.setAccountSuspended(accountId, suspended) > 0) {
			this.index.refresh(accountId);
		}
	}

}
