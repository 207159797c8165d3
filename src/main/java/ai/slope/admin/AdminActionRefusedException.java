package ai.slope.admin;

/**
 * Thrown when an admin action is not allowed as asked (an admin suspending themself, say). The code is a
 * message key of the admin bundle that says why.
 */
public class AdminActionRefusedException extends RuntimeException {

	private final String code;

	AdminActionRefusedException(String code) {
		super(code, null, false, false);
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
