package ai.slope.web;

/**
 * Thrown by page controllers for something that does not exist or is not public, when no module's own
 * {@link NotFoundException} says what it was; answered with the styled 404 page.
 */
public class PageNotFoundException extends NotFoundException {

	public PageNotFoundException() {
		super("Not found");
	}

}
