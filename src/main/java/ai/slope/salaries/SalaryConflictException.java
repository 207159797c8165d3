package ai.slope.salaries;

/**
 * Thrown when someone changed a salary record or an exchange rate since the admin read it; nothing was stored.
 */
public class SalaryConflictException extends RuntimeException {

	public SalaryConflictException() {
		super("Changed by someone else in the meantime");
	}

}
