package ai.slope.candidates;

/**
 * No saved candidate search of that id among the recruiter's own.
 */
public class SavedSearchNotFoundException extends RuntimeException {

	public SavedSearchNotFoundException(long id) {
		super("No saved candidate search " + id + " here");
	}

}
