package ai.slope.salaries;

import java.util.List;

import ai.slope.accounts.InputProblem;

/**
 * Thrown when values given for salary data break a rule; nothing was stored. Each problem names its form field
 * (or none) and a message in the salaries bundle.
 */
public class InvalidSalaryInputException extends RuntimeException {

	private final List<InputProblem> problems;

	public InvalidSalaryInputException(List<InputProblem> problems) {
		super("Invalid salary input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<InputProblem> getProblems() {
		return this.problems;
	}

}
