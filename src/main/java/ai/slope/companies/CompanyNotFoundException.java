package ai.slope.companies;

/**
 * The company, or the join request, does not exist or is not the asking recruiter's to see or change. Pages
 * answer 404 either way, so that nobody learns what exists elsewhere.
 */
public class CompanyNotFoundException extends RuntimeException {

	CompanyNotFoundException() {
		super("No such company or join request for this account", null, false, false);
	}

}
