package ai.slope.companies;

/**
 * Someone saved the company's profile after the version a change was based on; the change is refused rather
 * than overwriting theirs.
 */
public class CompanyChangedException extends RuntimeException {

	CompanyChangedException() {
		super("The company was changed in the meantime", null, false, false);
	}

}
