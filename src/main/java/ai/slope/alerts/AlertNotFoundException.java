package ai.slope.alerts;

import ai.slope.web.NotFoundException;

/**
 * No such alert, or not the seeker's own; pages answer 404 either way.
 */
public class AlertNotFoundException extends NotFoundException {

	AlertNotFoundException() {
		super("No such alert");
	}

}
