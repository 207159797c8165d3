package ai.slope.accounts;

import io.github.bucket4j.BucketExceptions;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Takes the tokens of {@link LoginThrottle} before the wrapped provider checks email and password, and tells
 * the throttle how it went: a wrong password keeps the tokens, a right one (even of a suspended account,
 * which is refused after the password) gives them back.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		LoginThrottle.Attempt attempt;
		try {
			attempt = this.throttle.beforeLogin(email, address);
		}
		catch (DataAccessException | BucketExceptions.BucketExecutionException ex) {
			// finding the account or its count failed (the database is out of reach, say): no password is checked
			// uncounted, and the person is told to try again (503), not that their password was wrong
			throw new InternalAuthenticationServiceException("Could not count the login attempt", ex);
		}
		boolean judged = false;
		try {
			Authentication result = this.passwords.authenticate(authentication);
			judged = true;
			attempt.succeeded();
			return result;
		}
		catch (BadCredentialsException ex) {
			judged = true;
			throw ex;
		}
		catch (AccountStatusException ex) {
			judged = true;
			attempt.succeeded();
			throw ex;
		}
		finally {
			if (!judged) {
				attempt.notChecked();
			}
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
