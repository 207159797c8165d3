package ai.slope.web;

/**
 * Thrown by page controllers for something that does not exist or is not public; answered with the
 * styled 404 page. (The JSON API answers a problem document instead.)
 */
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException() {
		super("Not found", null, false, false);
	}

}
