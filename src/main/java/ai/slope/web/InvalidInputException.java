package ai.slope.web;

import java.util.List;

/**
 * A module refused what it was given (a posting without a title, a logo that is not an image, a salary above the
 * limit): the one exception every module throws for that, carrying an {@link InputProblem} per refused value. A
 * page puts the problems beside their fields ({@link InputProblem#rejectAll}); {@link ApiProblems} answers the API
 * with an RFC 9457 problem document listing them.
 */
public class InvalidInputException extends RuntimeException {

	private final List<InputProblem> problems;

	public InvalidInputException(InputProblem problem) {
		this(List.of(problem));
	}

	public InvalidInputException(List<InputProblem> problems) {
		super(problems.isEmpty() ? "Invalid input" : problems.get(0).code(), null, false, false);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input has at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String code, Object... arguments) {
		this(List.of(InputProblem.of(field, code, arguments)));
	}

	public List<InputProblem> getProblems() {
		return this.problems;
	}

	/** The first problem, for the forms that show one message at a time. */
	public InputProblem getProblem() {
		return this.problems.get(0);
	}

}
