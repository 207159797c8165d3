package ai.slope.companies;

import ai.slope.web.NotFoundException;

/**
 * The company, or the join request, does not exist or is not the asking recruiter's to see or change. Pages
 * answer 404 either way, so that nobody learns what exists elsewhere.
 */
public class CompanyNotFoundException extends NotFoundException {

	CompanyNotFoundException() {
		super("No such company or join request for this account");
	}

}
