package ai.slope.applications;

import ai.slope.web.NotFoundException;

/**
 * No such application, or not one the asking person may see (another seeker's, or an applicant of another
 * company): both look the same from outside, so that an application's existence is not revealed.
 */
public class ApplicationNotFoundException extends NotFoundException {

	ApplicationNotFoundException(long id) {
		super("No application " + id + " here");
	}

}
