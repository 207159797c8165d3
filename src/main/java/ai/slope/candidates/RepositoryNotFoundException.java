package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No repository of that id on the seeker's own profile: 404 either way.
 */
public class RepositoryNotFoundException extends NotFoundException {

	RepositoryNotFoundException() {
		super("No such repository");
	}

}
