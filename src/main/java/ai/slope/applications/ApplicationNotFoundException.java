package ai.slope.applications;

/**
 * No such application, or not one the asking person may see (another seeker's, or an applicant of another
 * company): both look the same from outside, so that an application's existence is not revealed.
 */
public class ApplicationNotFoundException extends RuntimeException {

	ApplicationNotFoundException(long id) {
		super("No application " + id + " here", null, false, false);
	}

}
