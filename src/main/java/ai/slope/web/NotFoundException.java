package ai.slope.web;

/**
 * Something asked for does not exist, or is not the asker's to see (both look the same from outside, so that
 * walking the ids reveals nothing). Each module's not-found exception extends this one, and one handler answers
 * them all: the styled 404 page for pages ({@link PageErrors}), an RFC 9457 problem document with status 404 for
 * the API ({@link ApiProblems}). A controller catches one only to answer something else than a 404.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message, null, false, false);
	}

}
