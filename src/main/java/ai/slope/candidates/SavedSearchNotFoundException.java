package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No saved candidate search of that id among the recruiter's own.
 */
public class SavedSearchNotFoundException extends NotFoundException {

	public SavedSearchNotFoundException(long id) {
		super("No saved candidate search " + id + " here");
	}

}
