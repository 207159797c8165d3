package ai.slope.salaries;

/**
 * Thrown when a salary record, import or title rule asked for does not exist.
 */
public class SalaryNotFoundException extends RuntimeException {

	public SalaryNotFoundException(String what) {
		super("No such " + what);
	}

}
