package ai.slope.accounts;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends where an account is logged in: its sessions in the session table and its remember-me tokens. Used
 * when a password changes or is reset and when an account is suspended. Inside a transaction the sign-ins end
 * only once it has committed: the session table is written in a transaction of its own, so ending them at once
 * would log a person out of an account whose suspension (or new password) then failed and was rolled back.
 */
@Component
class SignIns {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final PersistentTokenRepository rememberMeTokens;

	private final TransactionTemplate ownTransaction;

	SignIns(FindByIndexNameSessionRepository<? extends Session> sessions, PersistentTokenRepository rememberMeTokens,
			PlatformTransactionManager transactions) {
		this.sessions = sessions;
		this.rememberMeTokens = rememberMeTokens;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Ends every session of the account and forgets its remember-me tokens.
	 */
	void endAll(String email) {
		endAllExcept(email, null);
	}

	/**
	 * Ends every session of the account but one (the one changing the password), and forgets its
	 * remember-me tokens.
	 */
	void endAllExcept(String email, String keptSessionId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// the committed transaction's connection is still bound here: write in a new one
					SignIns.this.ownTransaction.executeWithoutResult(status -> end(email, keptSessionId));
				}
			});
		}
		else {
			end(email, keptSessionId);
		}
	}

	private void end(String email, String keptSessionId) {
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
		this.rememberMeTokens.removeUserTokens(email);
	}

}
