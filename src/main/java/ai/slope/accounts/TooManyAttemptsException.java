package ai.slope.accounts;

import ai.slope.web.InvalidInputException;

/**
 * A password check refused without looking at the password, because the account or the address used up its
 * attempts ({@link LoginThrottle}); pages answer 429 with the problem beside its field.
 */
public class TooManyAttemptsException extends InvalidInputException {

	TooManyAttemptsException(String field, long waitMinutes) {
		super(field, "accounts.error.too-many-attempts", waitMinutes);
	}

}
