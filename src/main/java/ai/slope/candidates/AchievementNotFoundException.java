package ai.slope.candidates;

import ai.slope.web.NotFoundException;

/**
 * No achievement of that id on the seeker's own profile: 404 either way.
 */
public class AchievementNotFoundException extends NotFoundException {

	AchievementNotFoundException() {
		super("No such achievement");
	}

}
