package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No position of that id on the seeker's own profile (another's, or none): 404 either way.
 */
public class PositionNotFoundException extends NotFoundException {

	PositionNotFoundException() {
		super("No such position");
	}

}
