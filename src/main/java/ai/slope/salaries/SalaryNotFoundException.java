package ai.slope.salaries;

import ai.slope.web.NotFoundException;

/**
 * Thrown when a salary record, import or title rule asked for does not exist.
 */
public class SalaryNotFoundException extends NotFoundException {

	public SalaryNotFoundException(String what) {
		super("No such " + what);
	}

}
