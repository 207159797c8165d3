package ai.slope.jobs;

import java.util.List;

/**
 * A posting was not saved because of what was given; each problem names its field.
 */
public class InvalidPostingException extends RuntimeException {

	private final List<PostingProblem> problems;

	public InvalidPostingException(List<PostingProblem> problems) {
		super("Invalid posting: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<PostingProblem> getProblems() {
		return this.problems;
	}

}
