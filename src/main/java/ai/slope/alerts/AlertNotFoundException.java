package ai.slope.alerts;

/**
 * No such alert, or not the seeker's own; pages answer 404 either way.
 */
public class AlertNotFoundException extends RuntimeException {

	AlertNotFoundException() {
		super("No such alert", null, false, false);
	}

}
