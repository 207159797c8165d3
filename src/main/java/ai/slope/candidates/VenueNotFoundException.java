package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No top venue has that id.
 */
public class VenueNotFoundException extends NotFoundException {

	VenueNotFoundException() {
		super("No such top venue");
	}

}
