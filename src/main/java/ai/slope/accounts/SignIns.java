package ai.slope.accounts;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends where an account is logged in: its sessions in the session table and its remember-me tokens. Used
 * when a password changes or is reset and when an account is suspended.
 */
@Component
class SignIns {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final PersistentTokenRepository rememberMeTokens;

	SignIns(FindByIndexNameSessionRepository<? extends Session> sessions, PersistentTokenRepository rememberMeTokens) {
		this.sessions = sessions;
		this.rememberMeTokens = rememberMeTokens;
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
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
		this.rememberMeTokens.removeUserTokens(email);
	}

}
