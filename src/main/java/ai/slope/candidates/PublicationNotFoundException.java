package ai.slope.candidates;

/**
 * No publication of that id on the seeker's own profile (it is another's, or it does not exist): pages answer
 * 404 either way, so that nobody learns which ids exist.
 */
public class PublicationNotFoundException extends RuntimeException {

	PublicationNotFoundException() {
		super("No such publication", null, false, false);
	}

}
