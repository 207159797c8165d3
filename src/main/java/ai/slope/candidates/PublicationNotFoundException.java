package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No publication of that id on the seeker's own profile (it is another's, or it does not exist): pages answer
 * 404 either way, so that nobody learns which ids exist.
 */
public class PublicationNotFoundException extends NotFoundException {

	PublicationNotFoundException() {
		super("No such publication");
	}

}
