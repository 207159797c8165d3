package ai.slope.jobs;

import ai.slope.web.NotFoundException;

/**
 * No such posting, or not one of the asking recruiter's company: both look the same from outside, so that a
 * posting's existence is not revealed.
 */
public class PostingNotFoundException extends NotFoundException {

	public PostingNotFoundException(long id) {
		super("No posting " + id + " here");
	}

}
