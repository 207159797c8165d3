package ai.slope.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused without looking at the password, because of too many failures.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed logins; try again in " + wait);
		this.wait = wait;
	}

	/**
	 * The wait in whole minutes, rounded up, at least 1.
	 */
	long getWaitMinutes() {
		return Math.max(1, (this.wait.getSeconds() + 59) / 60);
	}

}
